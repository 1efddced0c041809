import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { TMessages } from "./catalogs";

/** Any key of the catalogs, dotted: "errors.sessionExpired". */
export type TMessageKey = MessageKeys<TMessages, NestedKeyOf<TMessages>>;
/**
 * A count that grows with time: the working days from `workingDaysSince` (an ISO instant) to
 * the moment the sentence is read. A signal about an item still open (an overdue step, a
 * consultation still unanswered) keeps its count this way, so the stored row stays true day
 * after day without being rewritten; the reader resolves it with its calendar and its `now`
 * (resolveMessageAt, lib/domain/signals/working-days-since.ts) before wording the sentence.
 */
export type TWorkingDaysSince = { workingDaysSince: string };
/**
 * A value may itself be a sentence not yet worded (a step's description inside a signal's),
 * or a count that grows with time.
 */
export type TMessageValue = string | number | Date | TMessage | TWorkingDaysSince;
export type TMessageValues = Record<string, TMessageValue>;

/**
 * A sentence not yet put into words: the key and its values. Server functions and pure domain
 * rules return or throw these, and the edge that knows the reader's language (a page, a
 * server action, an API route) words it with wordMessage(t, m) or translate(locale, m).
 */
export type TMessage = { key: TMessageKey; values?: TMessageValues };

export function msg(key: TMessageKey, values?: TMessageValues): TMessage {
  return values ? { key, values } : { key };
}

export function isMessage(value: unknown): value is TMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as TMessage).key === "string"
  );
}

export function isWorkingDaysSince(value: unknown): value is TWorkingDaysSince {
  return (
    typeof value === "object" && value !== null && typeof (value as TWorkingDaysSince).workingDaysSince === "string"
  );
}

/** Any translator function: next-intl's t from the root namespace, on the server or in the browser. */
type TAnyTranslator = (key: never, values?: never) => string;

/**
 * Words `m` with `t` (a root-namespace translator), nested messages first. A count that grows
 * with time must have been resolved to a number first: it throws rather than print an object.
 */
export function wordMessage(t: TAnyTranslator, m: TMessage): string {
  const values = m.values
    ? Object.fromEntries(
        Object.entries(m.values).map(([k, v]) => {
          if (isWorkingDaysSince(v))
            throw new TypeError(`${m.key}.${k}: resolve the working days since ${v.workingDaysSince} before wording`);
          return [k, isMessage(v) ? wordMessage(t, v) : v];
        }),
      )
    : undefined;
  return (t as unknown as (key: string, values?: Record<string, string | number | Date>) => string)(m.key, values);
}
