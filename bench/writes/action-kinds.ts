/**
 * The writes a heavy user makes through the REST API, and the audit events each one writes:
 * the lost-or-doubled check counts these events per step against the 2xx answers.
 */
export const ACTION_KINDS = [
  "start",
  "progress",
  "complete",
  "return",
  "rule-uphold",
  "rule-overrule",
  "reassign",
  "consult",
  "answer",
  "request-extension",
  "decide-extension",
] as const;

export type TActionKind = (typeof ACTION_KINDS)[number];

/** Not a write: the GET of the task a client makes after a 409, to learn the step's version. */
export const REREAD = "re-read (GET task)";

export const EVENT_KINDS: Record<TActionKind, readonly string[]> = {
  start: ["STEP_STARTED"],
  progress: ["STEP_PROGRESS"],
  complete: ["STEP_COMPLETED"],
  return: ["STEP_RETURNED"],
  "rule-uphold": ["RETURN_UPHELD"],
  "rule-overrule": ["RETURN_OVERRULED"],
  reassign: ["STEP_REASSIGNED"],
  consult: ["CONSULTATION_REQUESTED"],
  answer: ["CONSULTATION_ANSWERED"],
  "request-extension": ["EXTENSION_REQUESTED"],
  "decide-extension": ["EXTENSION_APPROVED", "EXTENSION_REJECTED"],
};

/** The request of one action: its path under /api/v1 and its JSON body. */
export type TActionRequest = { kind: TActionKind; path: string; body: Record<string, unknown>; stepId: string };

const day = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Bodies as a person would fill the forms in; texts long enough for every schema's minimum. */
export function actionRequest(
  kind: TActionKind,
  step: { id: string; version: number; deadline: Date },
  extra: { userId?: string; consultationId?: string; requestId?: string } = {},
  now = new Date(),
): TActionRequest {
  const v = { expectedVersion: step.version };
  const at = (p: string, body: Record<string, unknown>): TActionRequest => ({ kind, path: p, body, stepId: step.id });
  const s = `/steps/${step.id}`;
  switch (kind) {
    case "start":
      return at(`${s}/start`, v);
    case "progress":
      return at(`${s}/progress`, { ...v, note: "Đã rà soát thêm một phần hồ sơ." });
    case "complete":
      return at(`${s}/complete`, { ...v, result: "Đã hoàn thành, báo cáo kèm theo." });
    case "return":
      return at(`${s}/return`, { ...v, reason: "Nội dung không thuộc thẩm quyền của tôi." });
    case "rule-uphold":
      return at(`${s}/rule`, {
        ...v,
        decision: "UPHOLD",
        newOwnerId: extra.userId,
        reason: "Giao cho người phụ trách đúng lĩnh vực.",
      });
    case "rule-overrule":
      return at(`${s}/rule`, {
        ...v,
        decision: "OVERRULE",
        reason: "Nội dung thuộc chức năng của đồng chí, đề nghị xử lý.",
      });
    case "reassign":
      return at(`${s}/reassign`, { ...v, newOwnerId: extra.userId, reason: "Điều chỉnh phân công trong đơn vị." });
    case "consult":
      return at(`${s}/consultations`, {
        ...v,
        targetUserId: extra.userId,
        question: "Đề nghị cho ý kiến về dự thảo báo cáo.",
        responseDeadline: ymd(new Date(now.getTime() + 7 * day)),
      });
    case "answer":
      return at(`/consultations/${extra.consultationId}/answer`, {
        position: "AGREE_WITH_COMMENTS",
        answer: "Thống nhất, đề nghị bổ sung số liệu.",
      });
    case "request-extension":
      return at(`${s}/request-extension`, {
        ...v,
        requestedDeadline: ymd(new Date(Math.max(step.deadline.getTime(), now.getTime()) + 10 * day)),
        reason: "Chờ số liệu đối chiếu từ cơ quan thuế.",
      });
    case "decide-extension":
      return at(`${s}/decide-extension`, {
        ...v,
        requestId: extra.requestId,
        approve: step.version % 2 === 0,
        note: "Ý kiến của lãnh đạo.",
      });
  }
}
