import { isWithinUnit } from "../access/is-within-unit";
import { isUnitHead, type TActor } from "../access/roles";
import { ALLOWED_FROM, HEAD_ACTIONS, OVERDUE_EXTENSION_MESSAGE, OWNER_ACTIONS, OWNER_ESCALATE_FROM, stepActionLabel, type TStepAction, type TStepStatus } from "./step-action";

export type TStepForRules = { ownerId: string; unitPath: string; status: TStepStatus; deadline: Date };
export type TRuling = { ok: true } | { ok: false; code: "FORBIDDEN" | "INVALID_STATE"; message: string };

const STATUS_TEXT: Record<TStepStatus, string> = {
  PENDING: "chưa đến lượt",
  TODO: "đang chờ xử lý",
  IN_PROGRESS: "đang được xử lý",
  RETURNED: "đang chờ lãnh đạo quyết định về việc trả lại",
  DONE: "đã hoàn thành",
};

/** A head may decide for steps in their own unit and in every unit below it. */
export function isHeadOver(actor: TActor, unitPath: string): boolean {
  return isUnitHead(actor) && isWithinUnit(unitPath, actor.unitPath);
}

function isOverdue(step: TStepForRules, now: Date): boolean {
  return now.getTime() > step.deadline.getTime();
}

/**
 * Whether `actor` may take `action` on `step` at `now`: who (owner or head) first, then the
 * step's state. The server calls this inside the transaction, on the row it is about to write.
 */
export function canPerformStepAction(actor: TActor, step: TStepForRules, action: TStepAction, now: Date): TRuling {
  const label = stepActionLabel[action];
  const isOwner = step.ownerId === actor.id;
  const isHead = isHeadOver(actor, step.unitPath);
  if (OWNER_ACTIONS.includes(action) && !isOwner) {
    return { ok: false, code: "FORBIDDEN", message: `Chỉ người chịu trách nhiệm khâu này mới được ${label}.` };
  }
  if (HEAD_ACTIONS.includes(action) && !isHead) {
    return { ok: false, code: "FORBIDDEN", message: `Chỉ lãnh đạo đơn vị quản lý khâu này mới được ${label}.` };
  }
  if (action === "escalate" && !isOwner && !isHead) {
    return { ok: false, code: "FORBIDDEN", message: "Chỉ người chịu trách nhiệm hoặc lãnh đạo đơn vị mới được báo cáo vượt cấp." };
  }
  if (!ALLOWED_FROM[action].includes(step.status)) {
    return { ok: false, code: "INVALID_STATE", message: `Không thể ${label}: khâu này ${STATUS_TEXT[step.status]}.` };
  }
  if (action === "escalate" && !isHead && !OWNER_ESCALATE_FROM.includes(step.status)) {
    return { ok: false, code: "INVALID_STATE", message: `Không thể báo cáo vượt cấp: khâu này ${STATUS_TEXT[step.status]}. Hãy bắt đầu xử lý; nếu thấy vấn đề vượt thẩm quyền của đơn vị, khi đó báo cáo vượt cấp.` };
  }
  if (action === "request-extension" && isOverdue(step, now)) {
    return { ok: false, code: "INVALID_STATE", message: OVERDUE_EXTENSION_MESSAGE };
  }
  return { ok: true };
}
