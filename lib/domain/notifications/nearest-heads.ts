/**
 * The heads who rule for a unit: those of the unit itself, else of the nearest unit above that
 * has one, the actor left out (a head's own return or extension goes to the head above, as
 * the rulings require). `unitPathIds` is the unit's materialised path, root first.
 */
export function nearestHeads(
  heads: readonly { id: string; unitId: string }[],
  unitPathIds: readonly string[],
  actorId: string | null,
): string[] {
  for (let i = unitPathIds.length - 1; i >= 0; i -= 1) {
    const here = heads.filter((h) => h.unitId === unitPathIds[i] && h.id !== actorId).map((h) => h.id);
    if (here.length > 0) return here;
  }
  return [];
}
