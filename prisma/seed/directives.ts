import type { DirectiveKind } from "../../lib/server/db/generated/client.ts";
import { normalizeSearchText } from "../../lib/domain/search/normalize-search-text.ts";
import { lookup, newId, type TDemoModel } from "./demo-model.ts";
import type { TSeedClock } from "./seed-clock.ts";

type TDirectiveSpec = {
  number: string;
  kind: DirectiveKind;
  issuer: string;
  issuedOn: string;
  subject: string;
  summary: string;
  implements?: string;
};

const BHXHVN = "BHXH Việt Nam";
const TTG = "Thủ tướng Chính phủ";

/** Real directives (see shared/seeds); the ones implemented come first. */
export const directiveSpecs: readonly TDirectiveSpec[] = [
  {
    number: "280/CĐ-TTg",
    kind: "CONG_DIEN",
    issuer: TTG,
    issuedOn: "2023-04-19",
    subject: "V/v chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các bộ, cơ quan, địa phương",
    summary:
      "Yêu cầu các bộ, cơ quan, địa phương khắc phục tình trạng đùn đẩy, né tránh trách nhiệm; cá thể hóa trách nhiệm trong xử lý công việc.",
  },
  {
    number: "968/CĐ-TTg",
    kind: "CONG_DIEN",
    issuer: TTG,
    issuedOn: "2023-10-16",
    subject: "V/v tiếp tục chấn chỉnh, tăng cường kỷ luật, kỷ cương trong cơ quan hành chính nhà nước các cấp",
    summary:
      "Thực hiện nhiệm vụ cấp trên giao đúng tiến độ, chất lượng; cơ quan được lấy ý kiến phải trả lời đúng hạn, rõ quan điểm; báo cáo vấn đề vượt thẩm quyền.",
  },
  {
    number: "2165/CT-BHXH",
    kind: "CHI_THI",
    issuer: BHXHVN,
    issuedOn: "2021-07-21",
    subject:
      "V/v tăng cường trách nhiệm người đứng đầu đơn vị trong chấp hành kỷ luật, kỷ cương hành chính, phòng chống tham nhũng, " +
      "lãng phí, đạo đức công vụ, quy tắc ứng xử, cải cách thủ tục hành chính, công tác phối hợp trong tổ chức thực hiện nhiệm vụ " +
      "trong tình hình mới của Ngành BHXH Việt Nam",
    summary:
      "Người đứng đầu (kể cả cấp phó) chịu trách nhiệm cá nhân; phân công rõ người, rõ việc, rõ trách nhiệm, rõ kết quả; giải quyết dứt điểm công việc tồn đọng, quá hạn; không đùn đẩy trách nhiệm.",
  },
  {
    number: "1151/BHXH-TTKT",
    kind: "CONG_VAN",
    issuer: BHXHVN,
    issuedOn: "2022-05-04",
    subject: "V/v nâng cao chất lượng, hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    summary:
      "Người đứng đầu trực tiếp tiếp công dân; giải quyết dứt điểm khiếu nại, tố cáo đúng thời hạn luật định; nhập dữ liệu vào CSDL quốc gia; rà soát, thu hồi số tiền hưởng sai và báo cáo về Vụ Thanh tra - Kiểm tra.",
  },
  {
    number: "1251/BHXH-TCCB",
    kind: "CONG_VAN",
    issuer: BHXHVN,
    issuedOn: "2023-04-28",
    implements: "280/CĐ-TTg",
    subject: "V/v tăng cường trách nhiệm trong xử lý công việc",
    summary:
      "Triển khai Công điện 280/CĐ-TTg: cá thể hóa trách nhiệm trong từng khâu của quy trình xử lý công việc; tăng cường kiểm tra công vụ, nhất là đột xuất; kiểm điểm trường hợp đùn đẩy, né tránh; biểu dương, khen thưởng kịp thời. Vụ TCCB theo dõi, đôn đốc.",
  },
  {
    number: "3476/BHXH-TCCB",
    kind: "CONG_VAN",
    issuer: BHXHVN,
    issuedOn: "2023-10-27",
    implements: "968/CĐ-TTg",
    subject: "V/v triển khai thực hiện Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ",
    summary:
      "Triển khai Công điện 968/CĐ-TTg: cá thể hóa trách nhiệm từng khâu; chỉ lấy ý kiến đơn vị liên quan trực tiếp; đơn vị được lấy ý kiến trả lời đúng hạn, không chung chung, né tránh; báo cáo cấp có thẩm quyền vấn đề vượt thẩm quyền.",
  },
];

/** Directives are entered into the app by the admin about six weeks before today. */
export function addDirectives(model: TDemoModel, clock: TSeedClock): void {
  const admin = lookup(model.userByKey, "maitt", "person");
  const enteredOn = clock.day(-28);
  directiveSpecs.forEach((spec, i) => {
    const id = newId();
    const implementsId = spec.implements ? lookup(model.directiveByNumber, spec.implements, "directive") : null;
    const createdAt = clock.at(enteredOn, `08:${String(10 + i * 7).padStart(2, "0")}`);
    model.directives.push({
      id,
      number: spec.number,
      kind: spec.kind,
      issuer: spec.issuer,
      issuedAt: clock.at(spec.issuedOn, "08:00"),
      subject: spec.subject,
      summary: spec.summary,
      implementsId,
      searchText: normalizeSearchText(spec.number, spec.subject, spec.issuer, spec.summary),
      createdById: admin.id,
      createdAt,
    });
    model.directiveByNumber.set(spec.number, id);
    model.events.push({
      at: createdAt,
      kind: "DIRECTIVE_CREATED",
      actorId: admin.id,
      directiveId: id,
      payload: { number: spec.number, kind: spec.kind, implementsId },
    });
  });
  // Metadata only: no file is stored under these keys in the demo.
  const cv1251 = model.directives.find((d) => d.number === "1251/BHXH-TCCB")!;
  const file = { directiveId: cv1251.id!, mimeType: "application/pdf", createdAt: cv1251.createdAt };
  model.attachments.push(
    { ...file, fileName: "1251-BHXH-TCCB.pdf", sizeBytes: 248_731, storageKey: "seed/1251-BHXH-TCCB.pdf" },
    { ...file, fileName: "280-CD-TTg (sao gửi kèm).pdf", sizeBytes: 412_090, storageKey: "seed/280-CD-TTg.pdf" },
  );
}
