import "server-only";
import { ZDecisionEvidence, type TDecisionEvidence } from "@/lib/schemas/decisions";

const NONE: TDecisionEvidence = { signalIds: [], eventIds: [], evaluationIds: [] };

/** A decision's stored evidence as its three lists of ids (recordDecision wrote it through the same schema). */
export function evidenceOf(json: unknown): TDecisionEvidence {
  const parsed = ZDecisionEvidence.safeParse(json);
  return parsed.success ? parsed.data : NONE;
}
