import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import { ZApiId, ZInstant, ZLocalDay } from "./common";

const count = z.number().int().min(0);

/** One unit's figures: the four report categories, on-time rate and signals, as on the dashboards. */
export const ZApiSummaryRow = z.object({
  unitId: ZApiId,
  name: z.string(),
  total: count,
  categories: z.object({ DONE_ON_TIME: count, DONE_LATE: count, IN_TIME: count, OVERDUE: count }),
  /** Done on time / done; null when nothing is done yet. */
  onTimeRate: z.number().min(0).max(1).nullable(),
  averageWorkingDaysLate: z.number().nullable(),
  extended: count,
  signals: z.object(
    Object.fromEntries(signalKinds.map((k) => [k, count])) as Record<(typeof signalKinds)[number], typeof count>,
  ),
  signalTotal: count,
  /** Escalations waiting for this unit. */
  escalations: z.number().int(),
});

export const ZApiSummaryReport = z.object({
  unit: z.object({ id: ZApiId, code: z.string(), name: z.string() }),
  from: ZLocalDay.nullable(),
  to: ZLocalDay.nullable(),
  directive: z.object({ number: z.string(), subject: z.string() }).nullable(),
  generatedAt: ZInstant,
  /** The unit's own work ("(trực tiếp)") first, then one row per unit directly below it; they add up to `total`. */
  rows: z.array(ZApiSummaryRow),
  total: ZApiSummaryRow,
  signalsTotal: count,
  overdueTotal: count,
});

/**
 * The evaluation's Excel documents: a person's sheet (userId) or a unit's summary table
 * (unitId) for a period; exactly one of the two, so a request never silently means the other.
 */
export const ZEvaluationsWorkbookQuery = z
  .object({
    period: z
      .string(vm("evaluation.reportPeriod"))
      .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/, vm("evaluation.reportPeriod")),
    unitId: z.uuid(vm("evaluation.unitId")).optional(),
    userId: z.uuid(vm("evaluation.personId")).optional(),
  })
  .refine((q) => (q.unitId === undefined) !== (q.userId === undefined), {
    ...vm("evaluation.reportTarget"),
    path: ["unitId"],
  });
export type TEvaluationsWorkbookQuery = z.infer<typeof ZEvaluationsWorkbookQuery>;
