"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { vm } from "@/lib/i18n/validation";
import { updateInspection } from "@/lib/server/inspections/update-inspection";

const ZStartInspection = z.object({ inspectionId: z.uuid(vm("inspection.badId")) });

/** The lead (or the inspecting side's heads, TCCB, an admin) starts the inspection: from now the inspected unit sees it. */
export const startInspectionAction = createAction(ZStartInspection, (actor, input, now) =>
  updateInspection(actor, input.inspectionId, { status: "IN_PROGRESS" }, now),
);
