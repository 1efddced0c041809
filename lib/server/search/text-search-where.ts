import "server-only";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";

/** Words beyond this are ignored: they would only make the query slower, not better. */
const MAX_WORDS = 8;

/**
 * A filter on the `searchText` column that Task and Directive share: every word of the query,
 * normalised like the column (lower case, no Vietnamese diacritics), must occur in it, in any
 * order. So "dun day" finds "đùn đẩy" and "1251/BHXH-TCCB" finds the directive and its tasks.
 * An empty query matches everything.
 */
export function textSearchWhere(query: string | null | undefined): { AND: { searchText: { contains: string } }[] } {
  const words = normalizeSearchText(query).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  return { AND: words.map((word) => ({ searchText: { contains: word } })) };
}
