"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { vm } from "@/lib/i18n/validation";
import { ZCreateFinding } from "@/lib/schemas/finding";
import { addFinding } from "@/lib/server/inspections/add-finding";

const ZAddFinding = ZCreateFinding.extend({ inspectionId: z.uuid(vm("inspection.badId")) });

export const addFindingAction = createAction(ZAddFinding, (actor, { inspectionId, ...finding }, now) =>
  addFinding(actor, inspectionId, finding, now),
);
