import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { tableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/domain/format/format-date";

type TRow = {
  id: string;
  kind: "PLANNED" | "SURPRISE";
  status: "PLANNED" | "IN_PROGRESS" | "CONCLUDED";
  subject: string;
  startsOn: Date;
  endsOn: Date;
  inspectingUnit: { name: string };
  inspectedUnit: { name: string };
};

/** A list of inspections, each a link to its page. */
export async function InspectionTable({ rows, testId }: { rows: readonly TRow[]; testId: string }) {
  const t = await getTranslations("inspections");
  return (
    <div className={tableFrame}>
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2">{t("col.unit")}</th>
            <th className="px-3 py-2">{t("col.subject")}</th>
            <th className="px-3 py-2">{t("col.kind")}</th>
            <th className="px-3 py-2">{t("col.status")}</th>
            <th className="px-3 py-2">{t("col.dates")}</th>
            <th className="px-3 py-2">{t("col.inspecting")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link href={`/inspections/${r.id}`} className="font-medium text-brand-700 underline">
                  {r.inspectedUnit.name}
                </Link>
              </td>
              <td className="px-3 py-2">{r.subject}</td>
              <td className="px-3 py-2">{t(`kind.${r.kind}`)}</td>
              <td className="px-3 py-2">{t(`status.${r.status}`)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {formatDate(r.startsOn)} – {formatDate(r.endsOn)}
              </td>
              <td className="px-3 py-2">{r.inspectingUnit.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
