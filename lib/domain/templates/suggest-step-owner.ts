export type TOwnerCandidate = { id: string; unitId: string; position: "STAFF" | "DEPUTY_HEAD" | "HEAD" };

/**
 * A first guess at who should own a step, which the head then confirms or changes: approval
 * and signing go to the lead unit's head (or deputy), any other step to a staff member of the
 * lead unit. Null when the lead unit has nobody, so the head must choose someone below it.
 */
export function suggestStepOwner(
  kind: string,
  candidates: readonly TOwnerCandidate[],
  leadUnitId: string,
): string | null {
  const inLeadUnit = candidates.filter((c) => c.unitId === leadUnitId);
  const first = (position: TOwnerCandidate["position"]) => inLeadUnit.find((c) => c.position === position)?.id;
  if (kind === "APPROVE") return first("HEAD") ?? first("DEPUTY_HEAD") ?? inLeadUnit[0]?.id ?? null;
  return first("STAFF") ?? inLeadUnit[0]?.id ?? null;
}
