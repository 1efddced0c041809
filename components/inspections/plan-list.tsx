import Link from "next/link";
import { getTranslations } from "next-intl/server";

type TPlanRow = {
  id: string;
  year: number;
  title: string;
  inspectingUnit: { name: string };
  _count: { inspections: number };
};

/** The yearly plans, each a link to its page where its inspections are added. */
export async function PlanList({ plans }: { plans: readonly TPlanRow[] }) {
  const t = await getTranslations("inspections.plans");
  return (
    <ul className="space-y-1 text-sm" data-testid="inspection-plans-list">
      {plans.map((p) => (
        <li key={p.id}>
          <Link href={`/inspections/plans/${p.id}`} className="font-medium text-brand-700 underline">
            {t("planLabel", { year: p.year, title: p.title })}
          </Link>{" "}
          · {p.inspectingUnit.name} · {t("entries", { count: p._count.inspections })}
        </li>
      ))}
    </ul>
  );
}
