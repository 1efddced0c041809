import type { TTaskSpec } from './task-spec.ts';

const CT = '2165/CT-BHXH';
const CV = '3476/BHXH-TCCB';

/** Chỉ thị 2165/CT-BHXH (points 2a–2g, 3) and Công văn 3476/BHXH-TCCB (its key asks, numbered 1–4 here). */
export const tasks2165And3476: readonly TTaskSpec[] = [
  {
    key: '2165-2a-Q1', directive: CT, point: '2a', template: 'VB', lead: 'HCM-Q1', assigner: 'loctv',
    title: 'Rà soát việc niêm yết, công khai thủ tục hành chính tại bộ phận một cửa; trả lời đầy đủ phản ánh, kiến nghị',
    expectedResult: 'Bộ phận một cửa niêm yết đủ, đúng thủ tục hành chính hiện hành; phản ánh, kiến nghị tồn đọng được trả lời.',
    owners: ['phucnh', 'phucnh', 'phucnh', 'phucnh', 'loctv', 'phucnh'], active: 1, due: 3,
    handovers: [
      { kind: 'RETURN', on: -2, at: '16:45', reason: 'Không thuộc thẩm quyền: việc công bố, cập nhật thủ tục hành chính do BHXH Việt Nam thực hiện.' },
      { kind: 'OVERRULE', by: 'loctv', on: -1, at: '08:45', reason: 'Việc niêm yết, công khai thủ tục hành chính và trả lời phản ánh tại bộ phận một cửa thuộc trách nhiệm của BHXH quận 1 (điểm 2a Chỉ thị 2165/CT-BHXH); đồng chí Phúc tiếp tục thực hiện.' },
    ],
  },
  {
    key: '2165-2a-DD', directive: CT, point: '2a', template: 'VB', lead: 'HN-DD', assigner: 'oanhltk',
    title: 'Trả lời phản ánh của doanh nghiệp về việc chậm cấp sổ BHXH cho người lao động',
    expectedResult: 'Văn bản trả lời doanh nghiệp; sổ BHXH được cấp cho người lao động.',
    owners: ['hanhpt', 'cuongdm', 'cuongdm', 'cuongdm', 'oanhltk', 'hanhpt'], active: 1, due: 3,
    // Still waiting for the head's ruling: the step stays RETURNED.
    handovers: [{ kind: 'RETURN', on: -1, at: '14:20', reason: 'Không thuộc thẩm quyền: hồ sơ cấp sổ do bộ phận một cửa tiếp nhận, đề nghị giao bộ phận một cửa trả lời.' }],
  },
  {
    key: '2165-2b-HBT', directive: CT, point: '2b', template: 'VB', lead: 'HN-HBT', assigner: 'sonkv',
    title: 'Chấn chỉnh văn hóa công sở, thái độ phục vụ của công chức, viên chức tại bộ phận tiếp nhận và trả kết quả',
    expectedResult: 'Kế hoạch chấn chỉnh được ban hành; không còn phản ánh về thái độ phục vụ.',
    owners: ['quynhdt', 'hieutv', 'hieutv', 'hieutv', 'sonkv', 'quynhdt'], active: 1, due: -12,
    progress: [{ on: -14, at: '10:00', note: 'Đã xây dựng đề cương kế hoạch chấn chỉnh.' }],
  },
  {
    key: '2165-2c-DD', directive: CT, point: '2c', template: 'VB', lead: 'HN-DD', assigner: 'namhv',
    title: 'Rà soát, bổ sung nội quy, quy chế làm việc; phân công nhiệm vụ rõ người, rõ việc, rõ trách nhiệm, rõ kết quả',
    expectedResult: 'Quy chế làm việc (sửa đổi) của BHXH quận Đống Đa được Giám đốc ký ban hành.',
    owners: ['hanhpt', 'lannt', 'lannt', 'lannt', 'namhv', 'hanhpt'], active: 1, status: 'TODO', due: 4,
  },
  {
    key: '2165-2d-TCCB', directive: CT, point: '2d', template: 'VB', lead: 'TCCB', assigner: 'hadtm',
    title: 'Rà soát quy định về quản lý, phân cấp quản lý công chức, viên chức, người lao động của Ngành',
    expectedResult: 'Báo cáo rà soát và dự thảo sửa đổi quy định phân cấp quản lý.',
    owners: ['anhvtn', 'tuanhm', 'tuanhm', 'tuanhm', 'khanhpv', 'anhvtn'], active: 6, due: -5,
    result: 'Đã trình Tổng Giám đốc dự thảo sửa đổi quy định phân cấp quản lý.',
  },
  {
    key: '2165-2đ-DD', directive: CT, point: '2đ', template: 'BC', lead: 'HN-DD', assigner: 'namhv',
    title: 'Giải quyết dứt điểm hồ sơ tồn đọng, quá hạn tại bộ phận một cửa; báo cáo kết quả',
    expectedResult: 'Không còn hồ sơ quá hạn; báo cáo danh sách hồ sơ đã giải quyết.',
    owners: ['hanhpt', 'lannt', 'lannt', 'oanhltk', 'hanhpt'], active: 2, status: 'TODO', due: 1,
  },
  {
    key: '2165-2g-TTKT', directive: CT, point: '2g', template: 'VB', lead: 'TTKT', coordinators: ['TCCB'], assigner: 'hadtm',
    title: 'Tổng hợp kết quả thanh tra, kiểm tra công vụ; đề xuất khen thưởng, xử lý kỷ luật theo kết quả kiểm tra',
    expectedResult: 'Báo cáo đề xuất khen thưởng, xử lý kỷ luật trình Tổng Giám đốc.',
    owners: ['nhunglth', 'nhunglth', 'nhunglth', 'longdv', 'thangbd', 'nhunglth'], active: 1, due: -2,
    extension: {
      status: 'REJECTED', on: -3, at: '10:00', days: 5,
      reason: 'Chưa nhận đủ báo cáo kết quả kiểm tra của BHXH các tỉnh.',
      decision: { by: 'thangbd', on: -3, at: '16:30', note: 'Không đủ căn cứ gia hạn: tổng hợp theo số liệu đã có, nêu rõ đơn vị chưa báo cáo.' },
    },
  },
  {
    key: '2165-3-TCCB', directive: CT, point: '3', template: 'BC', lead: 'TCCB', coordinators: ['TTKT'], assigner: 'hungtq',
    title: 'Theo dõi, kiểm tra, đôn đốc việc triển khai Chỉ thị 2165/CT-BHXH; báo cáo Tổng Giám đốc',
    expectedResult: 'Báo cáo tình hình thực hiện Chỉ thị của các đơn vị.',
    owners: ['anhvtn', 'tuanhm', 'huongntt', 'khanhpv', 'anhvtn'], active: 2, status: 'TODO', due: 2,
  },
  {
    key: '3476-1-TCCB', directive: CV, point: '1', template: 'VB', lead: 'TCCB', coordinators: ['VP', 'TTKT', 'HCM'],
    assigner: 'hungtq', priority: 'HIGH',
    title: 'Sửa đổi, bổ sung Quy chế làm việc; cá thể hóa trách nhiệm cá nhân trong từng khâu của quy trình xử lý công việc',
    expectedResult: 'Quy chế làm việc (sửa đổi) trình Tổng Giám đốc ký ban hành.',
    owners: ['anhvtn', 'tuanhm', 'tuanhm', 'huongntt', 'khanhpv', 'anhvtn'], active: 2, due: 2,
    consults: [
      {
        toUnit: 'HCM', toUser: 'loanhtk', on: -1, at: '08:30', days: 3,
        question: 'Đề nghị cho ý kiến về quy định cá thể hóa trách nhiệm từng khâu và thời hạn xử lý tại dự thảo Quy chế (Điều 5, Điều 7).',
        answer: { by: 'loanhtk', on: -1, at: '14:00', position: 'AGREE', text: 'BHXH TP. Hồ Chí Minh cơ bản thống nhất với dự thảo, sẽ nghiên cứu, triển khai thực hiện theo quy định.' },
        vague: { on: -1, at: '16:00', reason: 'Trả lời chung chung: không nêu ý kiến cụ thể về quy định cá thể hóa trách nhiệm và thời hạn xử lý tại Điều 5, Điều 7.' },
      },
      {
        toUnit: 'TTKT', toUser: 'thangbd', on: -1, at: '08:35', days: 3,
        question: 'Đề nghị cho ý kiến về quy định kiểm tra đột xuất việc thực hiện Quy chế (Điều 9).',
        answer: { by: 'thangbd', on: -1, at: '15:00', position: 'AGREE_WITH_COMMENTS', text: 'Thống nhất; đề nghị bổ sung kiểm tra đột xuất ít nhất 01 lần/năm đối với mỗi đơn vị.' },
      },
      { toUnit: 'VP', toUser: 'vinhnq', on: -1, at: '08:40', days: 3, question: 'Đề nghị cho ý kiến về quy trình trình ký, ban hành văn bản tại dự thảo Quy chế (Điều 6).' },
    ],
  },
  {
    key: '3476-2-TTKT', directive: CV, point: '2', template: 'VB', lead: 'TTKT', coordinators: ['TCCB', 'HN'], assigner: 'hadtm',
    title: 'Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại BHXH TP. Hà Nội',
    expectedResult: 'Kết luận kiểm tra đột xuất được ký ban hành.',
    owners: ['nhunglth', 'longdv', 'longdv', 'longdv', 'thangbd', 'nhunglth'], active: 6, due: -1,
    result: 'Đã ban hành kết luận kiểm tra; biểu dương BHXH quận Hai Bà Trưng.',
  },
  {
    key: '3476-3-DN', directive: CV, point: '3', template: 'VB', lead: 'DN', assigner: 'ducpv',
    title: 'Rà soát, thay thế hoặc điều chuyển công chức, viên chức năng lực yếu, né tránh, đùn đẩy, làm việc cầm chừng',
    expectedResult: 'Danh sách rà soát và đề xuất bố trí lại công việc, được Giám đốc phê duyệt.',
    owners: ['tainv', 'hoaitt', 'hoaitt', 'hoaitt', 'ducpv', 'tainv'], active: 1, due: 4,
  },
  {
    key: '3476-4-HBT', directive: CV, point: '4', template: 'BC', lead: 'HN-HBT', assigner: 'sonkv',
    title: 'Tổ chức đối thoại, giải quyết dứt điểm phản ánh, kiến nghị của người dân, doanh nghiệp; báo cáo vấn đề vượt thẩm quyền',
    expectedResult: 'Báo cáo kết quả đối thoại và danh sách vấn đề vượt thẩm quyền gửi BHXH TP. Hà Nội.',
    owners: ['quynhdt', 'hieutv', 'hieutv', 'sonkv', 'quynhdt'], active: 5, due: -6,
    doneOn: { 1: -6, 2: -5, 3: -5, 4: -4 },
    result: 'Đã tổ chức 02 buổi đối thoại; báo cáo gửi chậm.',
  },
];
