import "server-only";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";

/** What the unit administration reads of a unit: its place in the tree and its edited fields. */
export const unitAdminSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  level: true,
  parentId: true,
  path: true,
  closedAt: true,
} as const;

type TUnitRow = TPayloadOf<"UNIT_CHANGED">["unit"] & { id: string; path: string; closedAt: Date | null };

/** The fields an UNIT_CHANGED event keeps, before or after. */
export function unitFieldsOf(u: TUnitRow): TPayloadOf<"UNIT_CHANGED">["unit"] {
  return { code: u.code, name: u.name, shortName: u.shortName, level: u.level, parentId: u.parentId };
}
