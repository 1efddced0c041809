/**
 * Lower-case and strip Vietnamese diacritics so that "dun day" finds "đùn đẩy".
 * "đ" is a letter of its own in Unicode (no combining mark), so it is mapped by hand.
 */
export function normalizeSearchText(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
