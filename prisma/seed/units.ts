import type { UnitLevel } from "../../lib/server/db/generated/client.ts";
import { newId, type TDemoModel } from "./demo-model.ts";

type TUnitSpec = { code: string; name: string; shortName: string; level: UnitLevel; parent?: string };

/**
 * The sector's tree as it stood before the 2025 reorganisation, with traditional district
 * offices ("BHXH quận ..."). Only data: a later reorganisation renames rows, not code.
 * Parents come before their children.
 */
export const unitSpecs: readonly TUnitSpec[] = [
  { code: "BHXHVN", name: "BHXH Việt Nam", shortName: "BHXH Việt Nam", level: "CENTRAL" },
  { code: "TCCB", name: "Vụ Tổ chức cán bộ", shortName: "Vụ TCCB", level: "DEPARTMENT", parent: "BHXHVN" },
  { code: "TTKT", name: "Vụ Thanh tra - Kiểm tra", shortName: "Vụ TTKT", level: "DEPARTMENT", parent: "BHXHVN" },
  { code: "VP", name: "Văn phòng", shortName: "Văn phòng", level: "DEPARTMENT", parent: "BHXHVN" },
  { code: "HN", name: "BHXH TP. Hà Nội", shortName: "BHXH Hà Nội", level: "PROVINCE", parent: "BHXHVN" },
  { code: "HN-DD", name: "BHXH quận Đống Đa", shortName: "BHXH Đống Đa", level: "DISTRICT", parent: "HN" },
  { code: "HN-HBT", name: "BHXH quận Hai Bà Trưng", shortName: "BHXH Hai Bà Trưng", level: "DISTRICT", parent: "HN" },
  { code: "HCM", name: "BHXH TP. Hồ Chí Minh", shortName: "BHXH TP.HCM", level: "PROVINCE", parent: "BHXHVN" },
  { code: "HCM-Q1", name: "BHXH quận 1", shortName: "BHXH quận 1", level: "DISTRICT", parent: "HCM" },
  { code: "HCM-Q3", name: "BHXH quận 3", shortName: "BHXH quận 3", level: "DISTRICT", parent: "HCM" },
  { code: "DN", name: "BHXH TP. Đà Nẵng", shortName: "BHXH Đà Nẵng", level: "PROVINCE", parent: "BHXHVN" },
];

export function addUnits(model: TDemoModel): void {
  const siblings = new Map<string, number>();
  for (const spec of unitSpecs) {
    const id = newId();
    const parent = spec.parent ? model.unitByCode.get(spec.parent) : undefined;
    if (spec.parent && !parent) throw new Error(`Unit ${spec.code} is listed before its parent ${spec.parent}`);
    // Materialised path: "this unit and everything below it" is one prefix match.
    const path = `${parent ? parent.path : "/"}${id}/`;
    const sortOrder = siblings.get(spec.parent ?? "") ?? 0;
    siblings.set(spec.parent ?? "", sortOrder + 1);
    model.units.push({
      id,
      code: spec.code,
      name: spec.name,
      shortName: spec.shortName,
      level: spec.level,
      parentId: parent?.id ?? null,
      path,
      sortOrder,
    });
    model.unitByCode.set(spec.code, { id, path });
  }
}
