import Link from "next/link";
import { useTranslations } from "next-intl";

/** The path from the root of the tree to the unit shown, each step a link back up. */
export function UnitBreadcrumb({
  units,
  hrefFor,
}: {
  units: { id: string; name: string }[];
  hrefFor: (id: string) => string;
}) {
  const t = useTranslations("dashboard");
  return (
    <nav aria-label={t("unitTree")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1">
        {units.map((u, i) => (
          <li key={u.id} className="flex items-center gap-1">
            {i > 0 && (
              <span aria-hidden="true" className="text-slate-400">
                ›
              </span>
            )}
            {i === units.length - 1 ? (
              <span aria-current="page" className="font-medium">
                {u.name}
              </span>
            ) : (
              <Link href={hrefFor(u.id)} className="text-brand-700 hover:underline">
                {u.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
