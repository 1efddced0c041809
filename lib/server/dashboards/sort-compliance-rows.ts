import "server-only";
import type { TRollupRow } from "@/lib/domain/rollups";
import type { TComplianceSortKey } from "@/lib/schemas/dashboard";

type TSortable = { unit: { name: string }; row: TRollupRow; escalations: number };

function valueOf(r: TSortable, key: TComplianceSortKey): number | string | null {
  switch (key) {
    case "name":
      return r.unit.name;
    case "onTimeRate":
      return r.row.onTimeRate;
    case "signals":
      return r.row.signalTotal;
    case "escalations":
      return r.escalations;
    default:
      return r.row.categories[key];
  }
}

/**
 * Units side by side, ordered by one column. A unit with nothing done has no on-time rate
 * and goes last whichever the direction, so an empty unit never tops a ranking; ties keep
 * the tree's order by name.
 */
export function sortComplianceRows<T extends TSortable>(
  rows: readonly T[],
  key: TComplianceSortKey,
  dir: "asc" | "desc",
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (typeof x === "string" || typeof y === "string") {
      const c = String(x).localeCompare(String(y), "vi");
      if (c !== 0) return sign * c;
    } else if (x !== y) {
      return sign * (x - y);
    }
    return a.unit.name.localeCompare(b.unit.name, "vi");
  });
}
