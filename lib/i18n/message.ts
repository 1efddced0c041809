import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { TMessages } from "./catalogs";

/** Any key of the catalogs, dotted: "errors.sessionExpired". */
export type TMessageKey = MessageKeys<TMessages, NestedKeyOf<TMessages>>;
export type TMessageValues = Record<string, string | number | Date>;

/**
 * A sentence not yet put into words: the key and its values. Server functions and pure domain
 * rules return or throw these, and the edge that knows the reader's language (a page, a
 * server action, an API route) turns them into text with `t(m.key, m.values)`.
 */
export type TMessage = { key: TMessageKey; values?: TMessageValues };

export function msg(key: TMessageKey, values?: TMessageValues): TMessage {
  return values ? { key, values } : { key };
}
