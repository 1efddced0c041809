import { z } from "zod";
import type { TLocale } from "@/lib/i18n/locales";
import { vm, vt, withValidationLocale } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";
import { isLocalDate } from "@/lib/domain/calendar/is-local-date";
import { reportCategories } from "@/lib/domain/rollups/report-category";
import { signalKinds } from "@/lib/domain/signals/signal-kind";

// Search parameters of the dashboards, the compliance view, the lists behind their numbers
// and the summary report. Pages drop a bad value with a notice and show the rest; the Excel
// route answers 400 instead (ZReportQuery).

type TRaw = Record<string, string | string[] | undefined>;

const ZLocalDate = z.string().trim().refine(isLocalDate, vm("dashboard.localDate"));

export const complianceSortKeys = [
  "name",
  "onTimeRate",
  "DONE_ON_TIME",
  "DONE_LATE",
  "IN_TIME",
  "OVERDUE",
  "signals",
  "escalations",
] as const;
export type TComplianceSortKey = (typeof complianceSortKeys)[number];

/** Every filter the dashboard pages read, each with the notice shown when its value is dropped. */
const fields = {
  unit: [z.uuid(), "dashboard.unit"],
  directive: [z.uuid(), "dashboard.directive"],
  from: [ZLocalDate, "dashboard.from"],
  to: [ZLocalDate, "dashboard.to"],
  level: [z.enum(["step", "task"]), "dashboard.level"],
  category: [z.enum(reportCategories), "dashboard.category"],
  person: [z.uuid(), "dashboard.person"],
  month: [z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), "dashboard.month"],
  own: [z.literal("1"), "dashboard.own"],
  show: [z.enum(["items", "signals"]), "dashboard.show"],
  kind: [z.enum(signalKinds), "dashboard.kind"],
  sort: [z.enum(complianceSortKeys), "dashboard.sort"],
  dir: [z.enum(["asc", "desc"]), "dashboard.dir"],
  page: [z.coerce.number().int().min(1).max(10_000), "dashboard.page"],
} as const;

type TFields = typeof fields;
export type TDashboardQuery = { -readonly [K in keyof TFields]?: z.infer<TFields[K][0]> };

/**
 * Reads the search parameters a page uses; each bad value is dropped with a notice in the
 * language of the parse (withValidationLocale), and a period whose start is after its end is
 * dropped whole.
 */
export function parseDashboardQuery<K extends keyof TFields>(
  raw: TRaw,
  keys: readonly K[],
  locale: TLocale,
): { query: Pick<TDashboardQuery, K>; notices: string[] } {
  return withValidationLocale(locale, () => readDashboardQuery(raw, keys));
}

function readDashboardQuery<K extends keyof TFields>(
  raw: TRaw,
  keys: readonly K[],
): { query: Pick<TDashboardQuery, K>; notices: string[] } {
  const query: TDashboardQuery = {};
  const notices: string[] = [];
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined || value === "") continue;
    const [schema, notice] = fields[key];
    const parsed = (schema as z.ZodType).safeParse(Array.isArray(value) ? value[0] : value);
    if (parsed.success) (query as Record<string, unknown>)[key] = parsed.data;
    else notices.push(vt(notice));
  }
  if (query.from && query.to && query.from > query.to) {
    notices.push(vt("dashboard.periodReversed"));
    delete query.from;
    delete query.to;
  }
  return { query: query as Pick<TDashboardQuery, K>, notices };
}

/** The Excel export's query: strict, since a file built from a silently changed filter would mislead. */
export const ZReportQuery = z
  .object({
    unit: z.uuid(vm("dashboard.unitId")).optional(),
    directive: z.uuid(vm("dashboard.directiveId")).optional(),
    from: ZLocalDate.optional(),
    to: ZLocalDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { ...vm("dashboard.period"), path: ["to"] });

export type TReportQuery = z.infer<typeof ZReportQuery>;
