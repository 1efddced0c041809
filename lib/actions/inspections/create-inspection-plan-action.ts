"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateInspectionPlan } from "@/lib/schemas/inspection";
import { createInspectionPlan } from "@/lib/server/inspections/create-inspection-plan";

/** Opens an inspecting unit's plan for a year; createInspectionPlan decides whether the actor may plan from that unit. */
export const createInspectionPlanAction = createAction(ZCreateInspectionPlan, (actor, input, now) =>
  createInspectionPlan(actor, input, now),
);
