import { z } from "zod";
import { decisionKinds, ZDecisionEvidence, ZPeriodKey } from "../decisions";
import { ZApiId, ZCursorParam, ZInstant, ZLimitParam, ZLocalDay, ZPersonRef, ZUnitRef } from "./common";

export const ZApiDecision = z
  .object({
    id: ZApiId,
    kind: z.enum(decisionKinds),
    kindLabel: z.string(),
    person: ZPersonRef,
    /** The person's unit when the decision was recorded. */
    unit: ZUnitRef,
    periodKey: z.string().nullable(),
    form: z.string(),
    documentNumber: z.string(),
    documentDate: ZLocalDay,
    reason: z.string(),
    evidence: ZDecisionEvidence,
    recordedBy: ZPersonRef,
    recordedAt: ZInstant,
  })
  .meta({ title: "Decision" });

export const ZDecisionListQuery = z.object({
  person: ZApiId.optional().meta({ description: "openapi.schemas.decisionPerson" }),
  unit: ZApiId.optional().meta({ description: "openapi.schemas.decisionUnit" }),
  period: ZPeriodKey.optional().meta({ description: "openapi.schemas.decisionPeriod" }),
  kind: z.enum(decisionKinds).optional(),
  cursor: ZCursorParam,
  limit: ZLimitParam(100, 20),
});
