import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * A column heading that sorts the table by a link (so it works by keyboard and without
 * script, and the sorted view has its own URL), with aria-sort on the active column.
 */
export function SortHeader({
  label,
  active,
  dir,
  href,
  align = "right",
}: {
  label: string;
  active: boolean;
  dir: "asc" | "desc";
  href: string;
  align?: "left" | "right";
}) {
  const state = active ? (dir === "asc" ? "ascending" : "descending") : undefined;
  const t = useTranslations("dashboard.sort");
  const title = active && dir === "asc" ? t("descending") : active ? t("ascending") : t("byColumn");
  return (
    <th scope="col" aria-sort={state} className={`px-3 py-2 ${align === "right" ? "text-right" : ""}`}>
      <Link href={href} className="inline-flex items-center gap-1 hover:underline" title={title}>
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}
