import type { TDb } from "../../lib/server/db/prisma";

type TPosition = "AGREE" | "AGREE_WITH_COMMENTS" | "DISAGREE" | "NOT_IN_REMIT";

/** A consultation asked on a step, to one unit or one person; answered when `answer` is given. */
export async function createConsultation(
  db: TDb,
  opts: {
    stepId: string;
    requesterId: string;
    targetUnitId?: string;
    targetUserId?: string;
    responseDeadline: Date;
    answer?: { byId: string; at: Date; position?: TPosition; text?: string };
    isVague?: boolean;
  },
) {
  return db.consultation.create({
    data: {
      stepId: opts.stepId,
      requesterId: opts.requesterId,
      targetUnitId: opts.targetUnitId ?? null,
      targetUserId: opts.targetUserId ?? null,
      question: "Đề nghị cho ý kiến về dự thảo kế hoạch kiểm tra.",
      responseDeadline: opts.responseDeadline,
      answer: opts.answer ? (opts.answer.text ?? "Thống nhất với dự thảo.") : null,
      position: opts.answer ? (opts.answer.position ?? "AGREE") : null,
      answeredById: opts.answer?.byId ?? null,
      answeredAt: opts.answer?.at ?? null,
      isVague: opts.isVague ?? false,
      vagueReason: opts.isVague ? "Trả lời chung chung." : null,
    },
  });
}
