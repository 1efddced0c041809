import type { TTaskSpec } from './task-spec.ts';

const D = '1151/BHXH-TTKT';
const TTKT_REPORT = 'Báo cáo kết quả rà soát, thu hồi gửi BHXH Việt Nam (qua Vụ Thanh tra - Kiểm tra).';

/** Công văn 1151/BHXH-TTKT: citizen reception and complaints, points 1–7. */
export const tasks1151: readonly TTaskSpec[] = [
  {
    key: '1151-1-DN', directive: D, point: '1', template: 'QT', lead: 'DN', assigner: 'ducpv',
    title: 'Quán triệt, triển khai pháp luật về tiếp công dân, khiếu nại, tố cáo và Công văn 133/BHXH-TTKT',
    expectedResult: 'Hội nghị quán triệt có biên bản; kế hoạch triển khai được ban hành.',
    owners: ['tainv', 'hoaitt', 'ducpv', 'hoaitt'], active: 4, due: -10, doneOn: { 3: -7 },
    result: 'Đã tổ chức quán triệt; báo cáo kết quả gửi chậm do lùi lịch hội nghị.',
  },
  {
    key: '1151-1-DD', directive: D, point: '1', template: 'QT', lead: 'HN-DD', assigner: 'namhv',
    title: 'Quán triệt pháp luật về tiếp công dân, khiếu nại, tố cáo tại BHXH quận Đống Đa',
    expectedResult: 'Hội nghị quán triệt có biên bản.',
    owners: ['hanhpt', 'lannt', 'oanhltk', 'lannt'], active: 4, due: -6, doneOn: { 3: -4 },
    result: 'Đã tổ chức quán triệt cho 42 công chức, viên chức.',
  },
  {
    key: '1151-2-HN', directive: D, point: '2', template: 'VB', lead: 'HN', assigner: 'hoand',
    title: 'Ban hành lịch tiếp công dân định kỳ của Giám đốc; tổ chức đối thoại các vụ việc phức tạp',
    expectedResult: 'Lịch tiếp công dân quý IV của Giám đốc được ban hành và niêm yết công khai.',
    owners: ['tamttt', 'yenpth', 'yenpth', 'yenpth', 'hoand', 'tamttt'], active: 6, due: -3,
    result: 'Đã ban hành và niêm yết lịch tiếp công dân quý IV.',
  },
  {
    key: '1151-3-DD-BINH', directive: D, point: '3', template: 'KNTC', lead: 'HN-DD', coordinators: ['HN-HBT'],
    assigner: 'namhv', priority: 'HIGH',
    title: 'Giải quyết đơn kiến nghị của ông Phạm Văn Bình về việc truy đóng BHXH tại Công ty TNHH Thương mại Minh Khai',
    description: 'Ông Bình cư trú tại phường Kim Liên, quận Đống Đa; doanh nghiệp có trụ sở tại quận Hai Bà Trưng.',
    expectedResult: 'Văn bản trả lời ông Bình; doanh nghiệp truy đóng BHXH đủ thời gian làm việc.',
    owners: ['hanhpt', 'cuongdm', 'cuongdm', 'cuongdm', 'namhv', 'hanhpt'], active: 1, due: -3,
    handovers: [
      { kind: 'RETURN', on: -14, at: '10:05', reason: 'Không thuộc thẩm quyền: doanh nghiệp có trụ sở và đóng BHXH tại quận Hai Bà Trưng, đề nghị chuyển BHXH quận Hai Bà Trưng giải quyết.' },
      { kind: 'UPHOLD', by: 'ngocttb', to: 'hieutv', on: -13, at: '09:10', reason: 'Doanh nghiệp do BHXH quận Hai Bà Trưng quản lý thu; chuyển BHXH quận Hai Bà Trưng xác minh.' },
      { kind: 'RETURN', on: -11, at: '14:40', reason: 'Không thuộc thẩm quyền: ông Bình cư trú và hồ sơ gốc do BHXH quận Đống Đa quản lý, đề nghị trả lại BHXH quận Đống Đa.' },
      { kind: 'UPHOLD', by: 'ngocttb', to: 'cuongdm', on: -9, at: '08:45', reason: 'Hồ sơ gốc do BHXH quận Đống Đa quản lý; BHXH quận Đống Đa chủ trì, BHXH quận Hai Bà Trưng phối hợp cung cấp hồ sơ doanh nghiệp.' },
    ],
    progress: [
      { on: -6, at: '15:00', note: 'Đã đề nghị doanh nghiệp cung cấp hồ sơ lao động, bảng lương của ông Bình.' },
      { on: -2, at: '10:20', note: 'Doanh nghiệp chưa cung cấp hồ sơ; đã gửi văn bản đôn đốc lần 2.' },
    ],
  },
  {
    key: '1151-3-DD-HOA', directive: D, point: '3', template: 'KNTC', lead: 'HN-DD', assigner: 'namhv',
    title: 'Giải quyết đơn khiếu nại của bà Trần Thị Hoa về việc giải quyết chế độ thai sản',
    expectedResult: 'Quyết định giải quyết khiếu nại lần đầu, gửi bà Hoa và công khai theo quy định.',
    owners: ['hanhpt', 'cuongdm', 'lannt', 'lannt', 'namhv', 'hanhpt'], active: 1, due: 8,
    handovers: [{
      kind: 'REASSIGN', by: 'namhv', to: 'lannt', on: -5, at: '14:00',
      reason: 'Đồng chí Cường đang tập trung xác minh đơn của ông Phạm Văn Bình; giao đồng chí Lan thực hiện.',
    }],
    progress: [{ on: -2, at: '10:30', note: 'Đã làm việc với bà Hoa và đơn vị sử dụng lao động; đang đối chiếu hồ sơ hưởng.' }],
  },
  {
    key: '1151-4-HCM', directive: D, point: '4', template: 'VB', lead: 'HCM', coordinators: ['HCM-Q1', 'HCM-Q3'], assigner: 'loanhtk',
    title: 'Tổ chức tập huấn nghiệp vụ tiếp công dân, giải quyết khiếu nại, tố cáo cho viên chức BHXH cấp huyện',
    expectedResult: 'Kế hoạch và tài liệu tập huấn được phê duyệt; lớp tập huấn được tổ chức.',
    owners: ['duyenvtm', 'duyenvtm', 'duyenvtm', 'trietcm', 'loanhtk', 'duyenvtm'], active: 2, due: 6,
    consults: [
      { toUnit: 'HCM-Q1', toUser: 'loctv', on: -1, at: '16:30', days: 3, question: 'Đề nghị cho ý kiến về nội dung tập huấn và đăng ký số học viên.' },
      { toUnit: 'HCM-Q3', toUser: 'tranghtt', on: -1, at: '16:35', days: 3, question: 'Đề nghị cho ý kiến về nội dung tập huấn và đăng ký số học viên.' },
    ],
  },
  {
    key: '1151-5-TTKT', directive: D, point: '5', template: 'VB', lead: 'TTKT', assigner: 'hadtm',
    title: 'Kiểm tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo tại BHXH TP. Hồ Chí Minh',
    expectedResult: 'Kết luận kiểm tra được ký ban hành.',
    owners: ['nhunglth', 'longdv', 'longdv', 'longdv', 'thangbd', 'nhunglth'], active: 6, due: -4, doneOn: { 4: -3, 5: -2 },
    result: 'Đã ban hành kết luận kiểm tra; kiến nghị kiện toàn bộ phận tiếp công dân.',
  },
  {
    key: '1151-6-DD', directive: D, point: '6', template: 'BC', lead: 'HN-DD', assigner: 'namhv',
    title: 'Cập nhật dữ liệu tiếp công dân, giải quyết KNTC, KNPA của BHXH quận Đống Đa vào Hệ thống CSDL quốc gia về KNTC',
    expectedResult: 'Toàn bộ vụ việc trong năm được nhập đủ vào Hệ thống CSDL quốc gia về KNTC (Công văn 805/BHXH-TTKT).',
    owners: ['hanhpt', 'lannt', 'lannt', 'oanhltk', 'hanhpt'], active: 1, due: -4,
  },
  {
    key: '1151-7-HN', directive: D, point: '7', template: 'BC', lead: 'HN', coordinators: ['HN-DD', 'HN-HBT'],
    assigner: 'hoand', priority: 'URGENT',
    title: 'Tổng hợp, rà soát số tiền hưởng BHXH, BHTN, BHYT sai quy định phải thu hồi; báo cáo BHXH Việt Nam (qua Vụ Thanh tra - Kiểm tra)',
    expectedResult: TTKT_REPORT,
    owners: ['tamttt', 'baovq', 'baovq', 'hoand', 'tamttt'], active: 1, due: -1,
    consults: [
      {
        toUnit: 'HN-DD', toUser: 'lannt', on: -4, at: '09:00', days: 2,
        question: 'Đề nghị cung cấp số liệu số tiền hưởng sai quy định phải thu hồi phát hiện qua giải quyết KNTC, KNPA tại quận Đống Đa và số đã thu hồi.',
      },
      {
        toUnit: 'HN-HBT', toUser: 'quynhdt', on: -4, at: '09:05', days: 2,
        question: 'Đề nghị cung cấp số liệu số tiền hưởng sai quy định phải thu hồi phát hiện qua giải quyết KNTC, KNPA tại quận Hai Bà Trưng và số đã thu hồi.',
        answer: { by: 'quynhdt', on: -3, at: '15:30', position: 'AGREE', text: '07 trường hợp hưởng sai phải thu hồi, đã thu hồi 05 trường hợp; 02 trường hợp đang đôn đốc (chi tiết kèm theo).' },
      },
    ],
    progress: [{ on: -2, at: '16:00', note: 'Đã tổng hợp số liệu của BHXH quận Hai Bà Trưng; còn chờ số liệu của BHXH quận Đống Đa.' }],
  },
  {
    key: '1151-7-DD', directive: D, point: '7', parent: '1151-7-HN', template: 'BC', lead: 'HN-DD', assigner: 'namhv',
    title: 'Rà soát số tiền hưởng sai quy định phải thu hồi tại BHXH quận Đống Đa; đề xuất biện pháp thu hồi',
    expectedResult: 'Báo cáo số phải thu hồi, đã thu hồi và khó thu hồi, gửi BHXH TP. Hà Nội.',
    owners: ['hanhpt', 'cuongdm', 'cuongdm', 'namhv', 'hanhpt'], active: 1, due: 2,
    escalation: {
      by: 'namhv', to: 'HN', on: -1, at: '09:30',
      reason: 'Vượt thẩm quyền: 03 trường hợp hưởng sai không thể thu hồi (người hưởng đã chết, doanh nghiệp đã giải thể). Đề nghị BHXH TP. Hà Nội cho ý kiến hướng xử lý.',
    },
  },
  {
    key: '1151-7-HCM', directive: D, point: '7', template: 'BC', lead: 'HCM', assigner: 'thinhlq',
    title: 'Tổng hợp, rà soát số tiền hưởng sai quy định phải thu hồi tại BHXH TP. Hồ Chí Minh; báo cáo Vụ Thanh tra - Kiểm tra',
    expectedResult: TTKT_REPORT,
    owners: ['duyenvtm', 'trietcm', 'trietcm', 'thinhlq', 'duyenvtm'], active: 5, due: -3,
    doneOn: { 1: -3, 2: -2, 3: -2, 4: -1 },
    result: 'Đã gửi báo cáo; số liệu của 02 BHXH quận gửi chậm.',
  },
  {
    key: '1151-7-DN', directive: D, point: '7', template: 'BC', lead: 'DN', assigner: 'ducpv',
    title: 'Tổng hợp, rà soát số tiền hưởng sai quy định phải thu hồi tại BHXH TP. Đà Nẵng; báo cáo Vụ Thanh tra - Kiểm tra',
    expectedResult: TTKT_REPORT,
    owners: ['suongltt', 'tainv', 'tainv', 'ducpv', 'suongltt'], active: 5, due: -2,
    result: 'Đã gửi báo cáo đúng hạn.',
  },
  {
    key: '1151-7-TTKT', directive: D, point: '7', template: 'BC', lead: 'TTKT', coordinators: ['HN', 'HCM', 'DN'], assigner: 'hadtm',
    title: 'Tổng hợp kết quả rà soát, thu hồi số tiền hưởng sai quy định của BHXH các tỉnh, thành phố; báo cáo Tổng Giám đốc',
    expectedResult: 'Báo cáo tổng hợp trình Tổng Giám đốc.',
    owners: ['nhunglth', 'longdv', 'longdv', 'thangbd', 'nhunglth'], active: 1, due: 4,
  },
];
