import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { multiLineText, tooLong } from "./text";

export const findingSeverities = ["MINOR", "MODERATE", "SERIOUS"] as const;
export const findingLinkKinds = ["task", "step", "signal", "event", "user"] as const;
export type TFindingLinkKind = (typeof findingLinkKinds)[number];

/** A finding with the evidence it rests on, each piece by its kind and id. */
export const ZCreateFinding = z.object({
  severity: z.enum(findingSeverities, vm("finding.severity")),
  description: multiLineText("content").min(1, vm("finding.descriptionMissing")).max(4000, tooLong("content", 4000)),
  links: z
    .array(z.object({ kind: z.enum(findingLinkKinds, vm("finding.linkKind")), id: z.uuid(vm("finding.linkId")) }))
    .max(50, vm("finding.linksMax"))
    .default([]),
});
export type TCreateFinding = z.infer<typeof ZCreateFinding>;
