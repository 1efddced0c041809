import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { singleLineText } from "./text";
import { unitLevels } from "./unit-levels";

// One schema for the unit forms, their server actions and the API (POST/PATCH /api/v1/units).

/** Letters, digits, "-", "_" and "." as offices write their codes ("BHXH-HN", "TCCB"), upper case. */
const UNIT_CODE = /^[A-Z0-9][A-Z0-9._-]*$/;

export const ZUnitCode = singleLineText("unitCode")
  .min(2, vm("unit.codeMin"))
  .max(30, vm("unit.codeMax"))
  .regex(UNIT_CODE, vm("unit.codeFormat"));
export const ZUnitName = singleLineText("unitName").min(3, vm("unit.nameMin")).max(200, vm("unit.nameMax"));
export const ZShortName = singleLineText("unitShortName").max(100, vm("unit.shortNameMax"));
const ZUnitId = z.uuid(vm("unit.badId"));
const ZParentId = z.uuid(vm("unit.chooseParent"));
const ZSuccessorId = z.uuid(vm("unit.chooseSuccessor"));

export const ZCreateUnit = z.object({
  code: ZUnitCode,
  name: ZUnitName,
  /** Empty for none: the forms send "" for a field left blank. */
  shortName: ZShortName.default(""),
  level: z.enum(unitLevels, vm("unit.level")),
  parentId: ZParentId,
});

const unitFieldShape = {
  code: ZUnitCode,
  name: ZUnitName,
  shortName: ZShortName,
  level: z.enum(unitLevels, vm("unit.level")),
  parentId: ZParentId,
};
const changesSomething = (v: Record<string, unknown>) => Object.keys(unitFieldShape).some((k) => v[k] !== undefined);

/** PATCH /api/v1/units/{id}: only the fields sent change; `parentId` moves the unit and its subtree. */
export const ZUpdateUnitFields = z
  .object(unitFieldShape)
  .partial()
  .refine(changesSomething, vm("unit.nothingToChange"));

/** The edit form and its action: the same fields, with the unit they change. */
export const ZUpdateUnit = z
  .object({ unitId: ZUnitId, ...unitFieldShape })
  .partial({ code: true, name: true, shortName: true, level: true, parentId: true })
  .refine(changesSomething, vm("unit.nothingToChange"));

export const ZUnitRefInput = z.object({ unitId: ZUnitId });

/** Closing with a successor is a merge: its people, open work and child units go to the successor. */
export const ZCloseUnit = z.object({ unitId: ZUnitId, successorId: ZSuccessorId.nullable() });

export type TCreateUnit = z.infer<typeof ZCreateUnit>;
export type TUpdateUnitFields = z.infer<typeof ZUpdateUnitFields>;
export type TUpdateUnit = z.infer<typeof ZUpdateUnit>;
export type TCloseUnit = z.infer<typeof ZCloseUnit>;

/** The administration list's query string: words to find, and the page; anything else is ignored. */
export const ZAdminUnitsQuery = z.object({
  q: singleLineText("searchWords").max(100).catch(""),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
