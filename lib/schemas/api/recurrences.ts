import { z } from "zod";
import { deadlineRules, recurrenceFrequencies } from "@/lib/domain/recurrence/recurrence-rule";
import { ZApiId, ZCursorParam, ZInstant, ZLocalDay, ZUnitRef } from "./common";

export const ZApiRecurrence = z
  .object({
    id: ZApiId,
    title: z.string(),
    rule: z.string().meta({ description: "openapi.schemas.recurrenceRule" }),
    frequency: z.enum(recurrenceFrequencies),
    deadlineRule: z.enum(deadlineRules),
    deadlineDay: z.number().int().nullable(),
    deadlineNextMonth: z.boolean(),
    deadlineOffset: z.number().int().nullable(),
    leadDays: z.number().int(),
    startsOn: z.string(),
    leadUnit: ZUnitRef,
    directive: z.object({ id: ZApiId, number: z.string() }),
    nextPeriod: z
      .object({ key: z.string(), deadline: ZLocalDay, createOn: ZLocalDay })
      .nullable()
      .meta({ description: "openapi.schemas.recurrenceNextPeriod" }),
    instanceCount: z.number().int(),
    stoppedAt: ZInstant.nullable(),
    canStop: z.boolean(),
  })
  .meta({ title: "Recurrence" });

export const ZApiCreatedRecurrence = z.object({
  recurrence: ZApiRecurrence,
  created: z.number().int().meta({ description: "openapi.schemas.recurrenceCreated" }),
});

export const ZApiStoppedRecurrence = z.object({ id: ZApiId, stoppedAt: ZInstant });

export const ZRecurrenceListQuery = z.object({ cursor: ZCursorParam });
