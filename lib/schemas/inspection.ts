import { z } from "zod";
import { vm, vt } from "@/lib/i18n/validation";
import { localDate } from "./local-date";
import { multiLineText, singleLineText, tooLong } from "./text";

// One schema for the inspection forms, their server actions, the API and the server functions.

export const inspectionKinds = ["PLANNED", "SURPRISE"] as const;
export const inspectionStatuses = ["PLANNED", "IN_PROGRESS", "CONCLUDED"] as const;

export const ZCreateInspectionPlan = z.object({
  inspectingUnitId: z.uuid(vm("inspection.inspectingUnit")),
  year: z
    .number({ error: () => vt("inspection.planYear") })
    .int(vm("inspection.planYear"))
    .min(2000, vm("inspection.planYear"))
    .max(2100, vm("inspection.planYear")),
  title: singleLineText("planTitle").min(1, vm("inspection.planTitleMissing")).max(300, tooLong("planTitle", 300)),
});
export type TCreateInspectionPlan = z.infer<typeof ZCreateInspectionPlan>;

const team = {
  leadUserId: z.uuid(vm("inspection.lead")),
  memberUserIds: z.array(z.uuid(vm("inspection.member"))).max(20, vm("inspection.membersMax")),
};

const fields = {
  inspectedUnitId: z.uuid(vm("inspection.inspectedUnit")),
  periodFrom: localDate("inspection.periodFrom"),
  periodTo: localDate("inspection.periodTo"),
  subject: multiLineText("inspectionSubject")
    .min(1, vm("inspection.subjectMissing"))
    .max(4000, tooLong("inspectionSubject", 4000)),
  startsOn: localDate("inspection.startsOn"),
  endsOn: localDate("inspection.endsOn"),
  checklistId: z.uuid(vm("checklist.checklist")).nullable(),
};

type TDates = { periodFrom?: string; periodTo?: string; startsOn?: string; endsOn?: string };
/** yyyy-mm-dd strings compare as the days they name. */
function checkDateOrder(v: TDates, ctx: z.core.$RefinementCtx<TDates>) {
  if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: vt("inspection.periodOrder") });
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: vt("inspection.datesOrder") });
}

export const ZCreateInspection = z
  .object({
    kind: z.enum(inspectionKinds, vm("inspection.kind")),
    /** The plan entry's plan; required for a planned inspection, absent for a surprise one. */
    planId: z.uuid(vm("inspection.plan")).nullable().default(null),
    /** For a surprise inspection: the unit that inspects (a planned one is its plan's unit). */
    inspectingUnitId: z.uuid(vm("inspection.inspectingUnit")).nullable().default(null),
    ...fields,
    ...team,
  })
  .superRefine((v, ctx) => {
    checkDateOrder(v, ctx);
    if ((v.kind === "PLANNED") !== (v.planId !== null))
      ctx.addIssue({ code: "custom", path: ["planId"], message: vt("inspection.planWithKind") });
  });
export type TCreateInspection = z.infer<typeof ZCreateInspection>;

/** What PATCH may change: the fields, the team, and the start (PLANNED → IN_PROGRESS). */
export const ZUpdateInspection = z
  .object({
    ...fields,
    ...team,
    status: z.literal("IN_PROGRESS", vm("inspection.status")),
  })
  .partial()
  .superRefine(checkDateOrder);
export type TUpdateInspection = z.infer<typeof ZUpdateInspection>;
