import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { tableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/domain/format/format-date";

type TOverview = {
  units: Array<{ unit: { id: string; name: string }; planned: number; inProgress: number; concluded: number }>;
  openFindings: Array<{
    id: string;
    severity: "MINOR" | "MODERATE" | "SERIOUS";
    description: string;
    inspection: { id: string; inspectedUnit: { name: string } };
  }>;
  overdueRecommendations: Array<{
    id: string;
    conclusion: { inspectionId: string; directive: { number: string } };
    task: { id: string; title: string; deadline: Date; leadUnit: { name: string } };
  }>;
};

const cell = "px-3 py-2";

/** For TCCB and heads: inspections per unit, the open findings and the overdue recommendations. */
export async function InspectionOverview({ overview }: { overview: TOverview }) {
  const t = await getTranslations("inspections");
  return (
    <>
      <Section title={t("perUnit")} count={overview.units.length} testId="inspections-per-unit">
        <div className={tableFrame}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className={cell}>{t("col.unit")}</th>
                <th className={cell}>{t("col.planned")}</th>
                <th className={cell}>{t("col.inProgress")}</th>
                <th className={cell}>{t("col.concluded")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.units.map((u) => (
                <tr key={u.unit.id} className="border-t border-slate-100">
                  <td className={cell}>{u.unit.name}</td>
                  <td className={cell}>{u.planned}</td>
                  <td className={cell}>{u.inProgress}</td>
                  <td className={cell}>{u.concluded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section title={t("openFindings")} count={overview.openFindings.length} testId="inspections-open-findings">
        {overview.openFindings.length === 0 ? (
          <EmptyState title={t("openFindingsEmpty")} />
        ) : (
          <ul className="space-y-2">
            {overview.openFindings.map((f) => (
              <li key={f.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <span className="font-medium">{t(`severity.${f.severity}`)}</span> ·{" "}
                <Link href={`/inspections/${f.inspection.id}`} className="text-brand-700 underline">
                  {f.inspection.inspectedUnit.name}
                </Link>
                <p className="mt-1 text-slate-700">{f.description}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("overdue")} count={overview.overdueRecommendations.length} testId="inspections-overdue">
        {overview.overdueRecommendations.length === 0 ? (
          <EmptyState title={t("overdueEmpty")} />
        ) : (
          <ul className="space-y-2">
            {overview.overdueRecommendations.map((r) => (
              <li key={r.id} className="rounded-md border border-red-200 bg-white p-3 text-sm">
                <Link href={`/tasks/${r.task.id}`} className="font-medium text-brand-700 underline">
                  {r.task.title}
                </Link>{" "}
                · {r.task.leadUnit.name} · {t("col.deadline")} {formatDate(r.task.deadline)} ·{" "}
                <Link href={`/inspections/${r.conclusion.inspectionId}`} className="underline">
                  {r.conclusion.directive.number}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
