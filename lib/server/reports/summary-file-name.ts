import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";

/** "bao-cao-bhxh-tp-ha-noi-2026-03-31.xlsx": ASCII, so every browser and mail client keeps it. */
export function summaryFileName(unitCode: string, now: Date): string {
  const slug = normalizeSearchText(unitCode).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `bao-cao-${slug || "don-vi"}-${localDateOf(now)}.xlsx`;
}
