import { describe, expect, it } from "vitest";
import type { TRollupRow } from "@/lib/domain/rollups";
import { sortComplianceRows } from "./sort-compliance-rows";

const row = (name: string, onTime: number, late: number, overdue: number, escalations = 0) => ({
  unit: { name },
  escalations,
  row: {
    key: name,
    total: onTime + late + overdue,
    categories: { DONE_ON_TIME: onTime, DONE_LATE: late, IN_TIME: 0, OVERDUE: overdue },
    signals: {} as TRollupRow["signals"],
    signalTotal: overdue,
    onTimeRate: onTime + late ? onTime / (onTime + late) : null,
    averageWorkingDaysLate: null,
    extended: 0,
    doneWithinExtension: 0,
  },
});
const units = [row("Đà Nẵng", 9, 1, 0), row("Hà Nội", 1, 1, 4, 2), row("Bắc Ninh", 0, 0, 0), row("An Giang", 3, 1, 1)];
const names = (rows: typeof units) => rows.map((r) => r.unit.name);

describe("sortComplianceRows", () => {
  it.each([
    ["onTimeRate", "asc", ["Hà Nội", "An Giang", "Đà Nẵng", "Bắc Ninh"]],
    ["onTimeRate", "desc", ["Đà Nẵng", "An Giang", "Hà Nội", "Bắc Ninh"]],
    ["OVERDUE", "desc", ["Hà Nội", "An Giang", "Bắc Ninh", "Đà Nẵng"]],
    ["escalations", "desc", ["Hà Nội", "An Giang", "Bắc Ninh", "Đà Nẵng"]],
    ["name", "asc", ["An Giang", "Bắc Ninh", "Đà Nẵng", "Hà Nội"]],
  ] as const)("by %s %s, a unit with nothing done last", (key, dir, expected) => {
    expect(names(sortComplianceRows(units, key, dir))).toEqual(expected);
  });
});
