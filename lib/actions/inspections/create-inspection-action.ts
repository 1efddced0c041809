"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateInspection } from "@/lib/schemas/inspection";
import { createInspection } from "@/lib/server/inspections/create-inspection";

/**
 * Opens an inspection from the inspections page. The form sends a surprise one from the actor's
 * own unit; createInspection decides whether the actor may inspect from the unit sent.
 */
export const createInspectionAction = createAction(ZCreateInspection, (actor, input, now) =>
  createInspection(actor, input, now),
);
