import { PAGE_JS_BUDGET_BYTES } from "./pages.ts";

export type TPageWeightRow = { route: string; user: string | null; scripts: number; gzipBytes: number };

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** A Markdown table for the README: one row per page, the ones over budget marked. */
export function printPageWeights(rows: TPageWeightRow[]): string {
  const lines = [
    `| trang | người xem | số script | JavaScript (gzip, kB) |`,
    `| --- | --- | ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| \`${r.route}\` | ${r.user ?? "(chưa đăng nhập)"} | ${r.scripts} | ${kB(r.gzipBytes)}${r.gzipBytes > PAGE_JS_BUDGET_BYTES ? " ⚠ vượt" : ""} |`,
    ),
  ];
  return `${lines.join("\n")}\n\nNgân sách: ${kB(PAGE_JS_BUDGET_BYTES)} kB gzip mỗi trang.`;
}
