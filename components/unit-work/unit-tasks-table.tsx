import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { EmptyState } from "@/components/ui/empty-state";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { enumText } from "@/components/work/enum-text";
import { tableFrame } from "@/components/ui/table-frame";

type TRow = {
  id: string;
  title: string;
  point: string | null;
  priority: string;
  deadline: Date;
  directive: { number: string };
  leadUnit: { name: string };
  steps: { name: string; status: string; owner: { name: string } }[];
  classification: TClassification;
};

export function UnitTasksTable({ rows }: { rows: TRow[] }) {
  const tt = useTranslations("unitWork.table");
  const tWork = useTranslations("work");
  const tEnums = useTranslations("enums");
  if (!rows.length) return <EmptyState title={tt("tasksEmpty")} />;
  return (
    <div className={tableFrame}>
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="unit-tasks">
        <caption className="sr-only">{tt("tasksCaption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {tt("task")}
            </th>
            <th scope="col" className="px-3 py-2">
              {tt("leadUnit")}
            </th>
            <th scope="col" className="px-3 py-2">
              {tt("currentStep")}
            </th>
            <th scope="col" className="px-3 py-2">
              {tt("deadline")}
            </th>
            <th scope="col" className="px-3 py-2">
              {tt("state")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">
                  {t.title}
                </Link>
                <div className="text-slate-500">
                  {t.directive.number}
                  {t.point ? ` · ${tWork("point", { point: t.point })}` : ""} ·{" "}
                  {tt("priority", { priority: enumText(tEnums, "priority", t.priority) })}
                </div>
              </td>
              <td className="px-3 py-2">{t.leadUnit.name}</td>
              <td className="px-3 py-2">
                {t.steps[0] ? (
                  <>
                    {t.steps[0].name}
                    <div className="text-slate-500">
                      {t.steps[0].owner.name} · {enumText(tEnums, "stepStatus", t.steps[0].status)}
                    </div>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(t.deadline)}</td>
              <td className="px-3 py-2">
                <ClassificationBadge classification={t.classification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
