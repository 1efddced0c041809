import "server-only";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";

/** Words beyond this are ignored: they would only make the query slower, not better. */
const MAX_WORDS = 8;

/** The words of a query as the `searchText` column holds them: lower case, no Vietnamese diacritics. */
export function searchWords(query: string | null | undefined): string[] {
  return normalizeSearchText(query).split(" ").filter(Boolean).slice(0, MAX_WORDS);
}

/**
 * A word to find anywhere in a LIKE pattern: its own `%`, `_` and `\` escaped (PostgreSQL's
 * default LIKE escape is the backslash), so that "_" or "50%" is looked for as typed instead of
 * matching everything. Prisma's `contains` puts the value between `%` without escaping it.
 */
export function literalForLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A filter on the `searchText` column that Task and Directive share: every word of the query,
 * normalised like the column (lower case, no Vietnamese diacritics), must occur in it, in any
 * order. So "dun day" finds "đùn đẩy" and "1251/BHXH-TCCB" finds the directive and its tasks.
 * An empty query matches everything.
 */
export function textSearchWhere(query: string | null | undefined): { AND: { searchText: { contains: string } }[] } {
  return { AND: searchWords(query).map((word) => ({ searchText: { contains: literalForLike(word) } })) };
}
