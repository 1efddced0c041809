import { newId, type TDemoModel, type TTemplateStep } from "./demo-model.ts";

type TTemplateSpec = { key: string; name: string; description: string; steps: TTemplateStep[] };

/** Sector-wide templates (unitId null). Durations are working days. */
export const templateSpecs: readonly TTemplateSpec[] = [
  {
    key: "VB",
    name: "Quy trình xử lý văn bản chỉ đạo",
    description: "Tiếp nhận văn bản, giao người xử lý, xin ý kiến đơn vị liên quan, trình, phê duyệt và ban hành.",
    steps: [
      { name: "Tiếp nhận", kind: "RECEIVE", days: 1 },
      { name: "Xử lý, dự thảo", kind: "HANDLE", days: 5 },
      { name: "Xin ý kiến", kind: "CONSULT", days: 3 },
      { name: "Trình", kind: "SUBMIT", days: 1 },
      { name: "Phê duyệt", kind: "APPROVE", days: 2 },
      { name: "Ban hành", kind: "ISSUE", days: 1 },
    ],
  },
  {
    key: "BC",
    name: "Quy trình báo cáo định kỳ",
    description: "Tổng hợp số liệu, dự thảo báo cáo, trình ký và gửi cơ quan cấp trên đúng hạn.",
    steps: [
      { name: "Tiếp nhận yêu cầu báo cáo", kind: "RECEIVE", days: 1 },
      { name: "Tổng hợp số liệu, dự thảo báo cáo", kind: "HANDLE", days: 4 },
      { name: "Trình lãnh đạo", kind: "SUBMIT", days: 1 },
      { name: "Ký duyệt báo cáo", kind: "APPROVE", days: 1 },
      { name: "Gửi báo cáo", kind: "ISSUE", days: 1 },
    ],
  },
  {
    key: "KNTC",
    name: "Quy trình giải quyết đơn khiếu nại, tố cáo",
    description:
      "Thời hạn tham chiếu: xử lý đơn trong 10 ngày làm việc (Thông tư 05/2021/TT-TTCP); giải quyết khiếu nại " +
      "lần đầu không quá 30 ngày kể từ ngày thụ lý (Luật Khiếu nại 2011). Điều chỉnh theo từng vụ việc.",
    steps: [
      { name: "Tiếp nhận, phân loại, xử lý đơn", kind: "RECEIVE", days: 10 },
      { name: "Xác minh nội dung đơn", kind: "HANDLE", days: 12 },
      { name: "Đối thoại, lấy ý kiến đơn vị liên quan", kind: "CONSULT", days: 3 },
      { name: "Trình dự thảo quyết định, kết luận", kind: "SUBMIT", days: 2 },
      { name: "Ký quyết định giải quyết", kind: "APPROVE", days: 3 },
      { name: "Gửi quyết định, công khai kết quả", kind: "ISSUE", days: 2 },
    ],
  },
  {
    key: "QT",
    name: "Quy trình phổ biến, quán triệt văn bản",
    description: "Xây dựng kế hoạch, tài liệu và tổ chức quán triệt văn bản tới toàn thể công chức, viên chức.",
    steps: [
      { name: "Tiếp nhận", kind: "RECEIVE", days: 1 },
      { name: "Xây dựng kế hoạch, tài liệu quán triệt", kind: "HANDLE", days: 3 },
      { name: "Lãnh đạo duyệt kế hoạch", kind: "APPROVE", days: 1 },
      { name: "Tổ chức quán triệt, báo cáo kết quả", kind: "ISSUE", days: 3 },
    ],
  },
];

export function addTemplates(model: TDemoModel): void {
  for (const spec of templateSpecs) {
    const id = newId();
    model.templates.push({ id, name: spec.name, description: spec.description, unitId: null });
    spec.steps.forEach((step, i) => {
      model.templateSteps.push({
        templateId: id,
        order: i + 1,
        name: step.name,
        kind: step.kind,
        defaultDurationDays: step.days,
      });
    });
    model.templateByKey.set(spec.key, { id, steps: spec.steps });
  }
}
