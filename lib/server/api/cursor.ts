import "server-only";
import { msg } from "@/lib/i18n/message";
import { z } from "zod";
import { DomainError } from "@/lib/server/errors/domain-error";

// Cursors are opaque to clients (base64url of a small JSON value) so that the server may
// change how it pages without breaking anyone; each list validates its own cursor's shape.
//
// The lists read from the database page one way, by keyset: the cursor carries the sort key
// of the last item served, the list's order ends in a unique column, and the next page is the
// rows strictly after that key (a write between two pages neither repeats nor skips an item).

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | null {
  if (!cursor) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = msg("api.cursorInvalid");
    throw new DomainError("INVALID_INPUT", message, { cursor: [message] });
  }
  return parsed.data;
}

/** The cursor after a page of a keyset list: the last item's sort key, or null when no item follows. */
export function nextKeysetCursor<T>(page: { items: readonly T[]; hasMore: boolean }, keyOf: (last: T) => unknown) {
  const last = page.items.at(-1);
  return page.hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null;
}
