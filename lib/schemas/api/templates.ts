import { z } from "zod";
import { stepKinds } from "@/lib/schemas/template";
import { ZApiId, ZCursorParam, ZLimitParam, ZUnitRef } from "./common";

export const ZApiTemplate = z
  .object({
    id: ZApiId,
    name: z.string(),
    description: z.string().nullable(),
    isActive: z.boolean().meta({ description: "openapi.schemas.templateIsActive" }),
    unit: ZUnitRef.nullable().meta({ description: "openapi.schemas.templateUnit" }),
    steps: z
      .array(z.object({ name: z.string(), kind: z.enum(stepKinds), defaultDurationDays: z.number().int() }))
      .meta({ description: "openapi.schemas.templateSteps" }),
    taskCount: z.number().int(),
    canEdit: z.boolean().meta({ description: "openapi.schemas.templateCanEdit" }),
  })
  .meta({ title: "Template" });

export const ZTemplateListQuery = z.object({
  status: z
    .enum(["active", "inactive", "all"])
    .default("active")
    .meta({ description: "openapi.schemas.templateStatus" }),
  cursor: ZCursorParam,
  limit: ZLimitParam(200, 100),
});
