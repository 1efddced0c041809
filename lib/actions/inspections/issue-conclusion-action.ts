"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { vm } from "@/lib/i18n/validation";
import { ZIssueConclusion } from "@/lib/schemas/conclusion";
import { issueConclusion } from "@/lib/server/inspections/issue-conclusion";

const ZIssueConclusionAction = ZIssueConclusion.extend({ inspectionId: z.uuid(vm("inspection.badId")) });

/** The lead (or the inspecting side's heads, TCCB, an admin) issues the conclusion; each recommendation becomes a task. */
export const issueConclusionAction = createAction(ZIssueConclusionAction, (actor, { inspectionId, ...input }, now) =>
  issueConclusion(actor, inspectionId, input, now),
);
