import { z } from "zod";
import { decisionKinds, ZPeriodKey, type TDecisionKind } from "./decisions";

// The query strings of the decisions' pages. A value that does not read is dropped (the page
// shows what it can), never coerced into something else.

type TSearch = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const read = <S extends z.ZodType>(schema: S, v: string | string[] | undefined): z.output<S> | undefined => {
  const parsed = schema.safeParse(one(v));
  return parsed.success ? parsed.data : undefined;
};
const ZKind = z.enum(decisionKinds);
const ZPage = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

/** "Ghi quyết định": the person is required; the kind defaults to a review, the period to none. */
export function parseDecisionFormQuery(
  search: TSearch,
): { person: string; kind: TDecisionKind; period: string | null } | null {
  const person = read(z.uuid(), search.person);
  if (!person) return null;
  return { person, kind: read(ZKind, search.kind) ?? "REVIEW", period: read(ZPeriodKey, search.period) ?? null };
}

/** The decisions list's filters and page. */
export function parseDecisionListQuery(search: TSearch) {
  return {
    person: read(z.uuid(), search.person),
    unit: read(z.uuid(), search.unit),
    period: read(ZPeriodKey, search.period),
    kind: read(ZKind, search.kind),
    page: read(ZPage, search.page) ?? 1,
    /** A period was typed that is not a month, quarter or year key: the list says so rather than ignore it silently. */
    periodInvalid: Boolean(one(search.period)?.trim()) && read(ZPeriodKey, search.period) === undefined,
    recorded: one(search.recorded) === "1",
  };
}
export type TDecisionListQuery = ReturnType<typeof parseDecisionListQuery>;
