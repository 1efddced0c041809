/** Where a delegation stands on the local day `today` (YYYY-MM-DD), for lists. */
export function delegationStatus(
  d: { startsOn: string; endsOn: string; revokedAt: Date | null },
  today: string,
): "revoked" | "live" | "upcoming" | "ended" {
  if (d.revokedAt) return "revoked";
  if (d.endsOn < today) return "ended";
  return d.startsOn > today ? "upcoming" : "live";
}
