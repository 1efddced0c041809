import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { positions, roles } from "./people-roles";
import { singleLineText } from "./text";

// One schema for the person forms, their server actions and the API (POST/PATCH /api/v1/users).

/** Letters, digits, "-", "_" and "." (mã cán bộ as offices print them, e.g. "CB-001234"), upper case. */
const EMPLOYEE_CODE = /^[A-Z0-9][A-Z0-9._-]*$/;

export const ZEmployeeCode = singleLineText("employeeCode")
  .min(2, vm("person.codeMin"))
  .max(30, vm("person.codeMax"))
  .regex(EMPLOYEE_CODE, vm("person.codeFormat"));
export const ZPersonName = singleLineText("personName").min(3, vm("person.nameMin")).max(120, vm("person.nameMax"));
export const ZPersonEmail = singleLineText("email")
  .max(200, vm("person.emailMax"))
  .email(vm("person.email"))
  .toLowerCase();
export const ZTitle = singleLineText("jobTitle").max(120, vm("person.titleMax"));
const ZUserId = z.uuid(vm("person.badId"));
const ZRoles = z
  .array(z.enum(roles, vm("person.role")), vm("person.rolesMin"))
  .min(1, vm("person.rolesMin"))
  .refine((r) => new Set(r).size === r.length, vm("person.rolesTwice"));

const personFieldShape = {
  name: ZPersonName,
  email: ZPersonEmail,
  employeeCode: ZEmployeeCode,
  /** Empty for none: the forms send "" for a field left blank. */
  title: ZTitle,
  position: z.enum(positions, vm("person.position")),
  roles: ZRoles,
};

export const ZCreatePerson = z.object({
  ...personFieldShape,
  title: ZTitle.default(""),
  unitId: z.uuid(vm("person.chooseUnit")),
});

const changesSomething = (v: Record<string, unknown>) => Object.keys(personFieldShape).some((k) => v[k] !== undefined);

/** Only the fields sent change. Moving to another unit and deactivating have their own requests. */
export const ZUpdatePerson = z
  .object({ userId: ZUserId, ...personFieldShape })
  .partial({ name: true, email: true, employeeCode: true, title: true, position: true, roles: true })
  .refine(changesSomething, vm("person.nothingToChange"));

/** Each open step the person owns, handed to someone else before they move or leave. */
export const ZHandovers = z
  .array(z.object({ stepId: z.uuid(vm("person.badStep")), toUserId: z.uuid(vm("person.chooseSuccessor")) }))
  .max(2000, vm("person.tooManySteps"));

export const ZMovePerson = z.object({
  userId: ZUserId,
  unitId: z.uuid(vm("person.chooseUnit")),
  handovers: ZHandovers,
});
export const ZDeactivatePerson = z.object({ userId: ZUserId, handovers: ZHandovers });
export const ZPersonRef = z.object({ userId: ZUserId });

/** The administration list's query string: words, a unit's tree, whether to show the deactivated, the page. */
export const ZAdminPeopleQuery = z.object({
  q: singleLineText("searchWords").max(100).catch(""),
  unit: z.uuid().optional().catch(undefined),
  inactive: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type TCreatePerson = z.infer<typeof ZCreatePerson>;
export type TUpdatePerson = z.infer<typeof ZUpdatePerson>;
export type THandovers = z.infer<typeof ZHandovers>;
export type TMovePerson = z.infer<typeof ZMovePerson>;
export type TDeactivatePerson = z.infer<typeof ZDeactivatePerson>;
