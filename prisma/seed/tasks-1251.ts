import type { TTaskSpec } from './task-spec.ts';

const D = '1251/BHXH-TCCB';

/** Công văn 1251/BHXH-TCCB, re-implemented this quarter: points 1, 2a–2d, 3 and 4. */
export const tasks1251: readonly TTaskSpec[] = [
  {
    key: '1251-1-HN', directive: D, point: '1', template: 'QT', lead: 'HN', assigner: 'hoand',
    title: 'Quán triệt, thực hiện nghiêm Công điện 280/CĐ-TTg, Quy chế làm việc của Ngành và Chỉ thị 2165/CT-BHXH',
    expectedResult: 'Kế hoạch quán triệt được ban hành; các phòng nghiệp vụ và BHXH cấp huyện tổ chức quán triệt, có biên bản.',
    owners: ['tamttt', 'quanlm', 'ngocttb', 'quanlm'], active: 4, due: -6,
    result: 'Đã ban hành kế hoạch và tổ chức quán triệt tại 30/30 BHXH cấp huyện.',
  },
  {
    key: '1251-2a-HN', directive: D, point: '2a', template: 'VB', lead: 'HN', coordinators: ['HN-DD', 'HN-HBT'],
    assigner: 'hoand', priority: 'HIGH',
    title: 'Rà soát, sửa đổi quy trình phân công và tổ chức thực hiện nhiệm vụ; cá thể hóa trách nhiệm trong từng khâu',
    description: 'Cắt giảm quy trình, thủ tục không cần thiết; mỗi khâu có một người chịu trách nhiệm và thời hạn riêng.',
    expectedResult: 'Quy trình phân công, tổ chức thực hiện nhiệm vụ của BHXH TP. Hà Nội (sửa đổi) được Giám đốc ký ban hành.',
    owners: ['tamttt', 'quanlm', 'quanlm', 'quanlm', 'hoand', 'tamttt'], active: 2, due: 1,
    consults: [
      {
        toUnit: 'HN-HBT', toUser: 'phuongmt', on: -6, at: '09:30', days: 2,
        question: 'Đề nghị BHXH quận Hai Bà Trưng cho ý kiến về dự thảo Quy trình phân công, tổ chức thực hiện nhiệm vụ (sửa đổi).',
        answer: {
          by: 'phuongmt', on: -2, at: '16:20', position: 'AGREE_WITH_COMMENTS',
          text: 'Thống nhất với dự thảo; đề nghị bổ sung khâu tiếp nhận hồ sơ qua dịch vụ công trực tuyến và quy định rõ người chịu trách nhiệm khi chuyển hồ sơ giữa các bộ phận.',
        },
      },
      {
        toUnit: 'HN-DD', toUser: 'namhv', on: -6, at: '09:35', days: 2,
        question: 'Đề nghị BHXH quận Đống Đa cho ý kiến về dự thảo Quy trình phân công, tổ chức thực hiện nhiệm vụ (sửa đổi).',
        answer: { by: 'namhv', on: -5, at: '10:00', position: 'AGREE', text: 'Thống nhất toàn bộ dự thảo; đơn vị đã phân công người chịu trách nhiệm từng khâu theo dự thảo.' },
      },
      {
        toUnit: 'TCCB', toUser: 'huongntt', on: -2, at: '14:00', days: 3,
        question: 'Đề nghị Vụ Tổ chức cán bộ hướng dẫn việc xác định người chịu trách nhiệm đối với khâu phối hợp giữa BHXH cấp tỉnh và cấp huyện.',
      },
    ],
    extension: {
      status: 'APPROVED', on: -4, at: '10:15', days: 4,
      reason: 'BHXH quận Hai Bà Trưng chưa có ý kiến đối với dự thảo; cần thêm thời gian tổng hợp và xin ý kiến Vụ Tổ chức cán bộ.',
      decision: { by: 'hoand', on: -4, at: '16:00', note: 'Đồng ý gia hạn 04 ngày làm việc; đề nghị đôn đốc đơn vị được xin ý kiến trả lời.' },
    },
    progress: [{ on: -2, at: '16:45', note: 'Đã nhận ý kiến của BHXH quận Hai Bà Trưng (trả lời chậm); đang chờ hướng dẫn của Vụ TCCB.' }],
  },
  {
    key: '1251-2a-DD', directive: D, point: '2a', parent: '1251-2a-HN', template: 'VB', lead: 'HN-DD', assigner: 'namhv',
    title: 'Rà soát quy trình xử lý công việc tại BHXH quận Đống Đa; phân công người chịu trách nhiệm từng khâu',
    expectedResult: 'Bảng phân công người chịu trách nhiệm từng khâu của các quy trình nội bộ, được Giám đốc phê duyệt.',
    owners: ['hanhpt', 'lannt', 'lannt', 'lannt', 'oanhltk', 'hanhpt'], active: 1, due: 2,
    progress: [{ on: -2, at: '11:00', note: 'Đã rà soát 12 quy trình nội bộ; đang dự thảo bảng phân công.' }],
    extension: {
      status: 'PENDING', on: -1, at: '15:10', days: 5,
      reason: 'Chờ BHXH TP. Hà Nội ban hành quy trình chung (đang xin ý kiến) để rà soát đồng bộ quy trình của đơn vị.',
    },
  },
  {
    key: '1251-2a-HBT', directive: D, point: '2a', parent: '1251-2a-HN', template: 'VB', lead: 'HN-HBT', assigner: 'sonkv',
    title: 'Rà soát quy trình xử lý công việc tại BHXH quận Hai Bà Trưng; phân công người chịu trách nhiệm từng khâu',
    expectedResult: 'Bảng phân công người chịu trách nhiệm từng khâu của các quy trình nội bộ, được lãnh đạo phê duyệt.',
    owners: ['quynhdt', 'hieutv', 'hieutv', 'hieutv', 'phuongmt', 'quynhdt'], active: 4, status: 'TODO', due: 4,
  },
  {
    key: '1251-2b-TTKT', directive: D, point: '2b', template: 'VB', lead: 'TTKT', coordinators: ['TCCB', 'VP'], assigner: 'hadtm',
    title: 'Xây dựng kế hoạch kiểm tra công vụ đột xuất quý IV về chấp hành kỷ luật, kỷ cương hành chính',
    expectedResult: 'Kế hoạch kiểm tra đột xuất được Tổng Giám đốc phê duyệt.',
    owners: ['nhunglth', 'longdv', 'longdv', 'longdv', 'thangbd', 'nhunglth'], active: 1, due: 5,
  },
  {
    key: '1251-2c-HCM', directive: D, point: '2c', template: 'VB', lead: 'HCM', assigner: 'thinhlq', priority: 'HIGH',
    title: 'Kiểm điểm trách nhiệm tập thể, cá nhân để chậm trễ giải quyết hồ sơ hưởng chế độ trong quý III',
    expectedResult: 'Báo cáo kiểm điểm và đề xuất hình thức xử lý trách nhiệm, được Giám đốc quyết định.',
    owners: ['duyenvtm', 'trietcm', 'trietcm', 'trietcm', 'thinhlq', 'duyenvtm'], active: 4, status: 'TODO', due: -7,
    consults: [{
      step: 2, toUnit: 'TCCB', toUser: 'tuanhm', on: -13, at: '09:00', days: 2,
      question: 'Đề nghị Vụ TCCB cho ý kiến về hình thức xử lý đối với viên chức để hồ sơ quá hạn nhiều lần.',
      answer: { by: 'tuanhm', on: -12, at: '14:00', position: 'AGREE_WITH_COMMENTS', text: 'Thống nhất kiểm điểm; hình thức xử lý căn cứ Nghị định 112/2020/NĐ-CP, cần nêu rõ từng hồ sơ quá hạn và nguyên nhân.' },
    }],
  },
  {
    key: '1251-2d-DN', directive: D, point: '2d', template: 'VB', lead: 'DN', assigner: 'ducpv',
    title: 'Đề xuất biểu dương, khen thưởng tập thể, cá nhân quyết liệt, hoàn thành tốt nhiệm vụ',
    expectedResult: 'Quyết định khen thưởng kịp thời của Giám đốc BHXH TP. Đà Nẵng.',
    owners: ['suongltt', 'tainv', 'tainv', 'tainv', 'ducpv', 'suongltt'], active: 6, due: -2,
    result: 'Đã khen thưởng 02 tập thể, 05 cá nhân.',
  },
  {
    key: '1251-3-TCCB', directive: D, point: '3', template: 'BC', lead: 'TCCB', coordinators: ['TTKT', 'VP'], assigner: 'hungtq',
    title: 'Theo dõi, kiểm tra, đôn đốc việc triển khai Công điện 280/CĐ-TTg và Công văn 1251/BHXH-TCCB; báo cáo Tổng Giám đốc',
    expectedResult: 'Báo cáo tình hình thực hiện của các đơn vị, kèm danh sách đơn vị, cá nhân cần đôn đốc, kiểm điểm.',
    owners: ['anhvtn', 'tuanhm', 'huongntt', 'khanhpv', 'anhvtn'], active: 1, due: 3,
  },
  {
    key: '1251-4-HN', directive: D, point: '4', template: 'QT', lead: 'HN', coordinators: ['HN-DD', 'HN-HBT'], assigner: 'hoand',
    title: 'Phổ biến, quán triệt Công văn 1251/BHXH-TCCB tới toàn thể công chức, viên chức, người lao động',
    expectedResult: 'Báo cáo kết quả quán triệt của BHXH TP. Hà Nội và các BHXH quận, huyện.',
    owners: ['tamttt', 'quanlm', 'ngocttb', 'quanlm'], active: 3, due: 3,
    consults: [{
      toUnit: 'HN-DD', on: -1, at: '14:00', days: 3,
      question: 'Đề nghị BHXH quận Đống Đa báo cáo kết quả quán triệt Công văn 1251/BHXH-TCCB (số người tham dự, biên bản).',
    }],
  },
  {
    key: '1251-4-DD', directive: D, point: '4', parent: '1251-4-HN', template: 'QT', lead: 'HN-DD', assigner: 'namhv',
    title: 'Xây dựng kế hoạch và tổ chức quán triệt Công văn 1251/BHXH-TCCB tại BHXH quận Đống Đa',
    expectedResult: 'Kế hoạch quán triệt được duyệt; hội nghị quán triệt có biên bản.',
    owners: ['hanhpt', 'lannt', 'namhv', 'lannt'], active: 1, due: 0,
    progress: [{ on: -1, at: '15:00', note: 'Đã dự thảo kế hoạch quán triệt; đang chuẩn bị tài liệu hội nghị.' }],
  },
  {
    key: '1251-4-HBT', directive: D, point: '4', parent: '1251-4-HN', template: 'QT', lead: 'HN-HBT', assigner: 'sonkv',
    title: 'Xây dựng kế hoạch và tổ chức quán triệt Công văn 1251/BHXH-TCCB tại BHXH quận Hai Bà Trưng',
    expectedResult: 'Kế hoạch quán triệt được duyệt; hội nghị quán triệt có biên bản.',
    owners: ['quynhdt', 'quynhdt', 'sonkv', 'quynhdt'], active: 4, due: 4,
    result: 'Đã tổ chức quán triệt cho 100% công chức, viên chức, người lao động; có biên bản.',
  },
];
