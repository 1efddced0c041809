import { z } from "zod";
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
