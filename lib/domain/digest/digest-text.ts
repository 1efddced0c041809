/** How many lines of a section a mail lists; the rest is counted, and the link shows them. */
export const DIGEST_LINES_PER_SECTION = 10;

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
