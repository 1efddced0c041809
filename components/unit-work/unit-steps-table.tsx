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
  name: string;
  status: string;
  deadline: Date;
  owner: { name: string };
  task: { id: string; title: string; point: string | null; directive: { number: string } };
  classification: TClassification;
};

export function UnitStepsTable({ rows }: { rows: TRow[] }) {
  const t = useTranslations("unitWork.table");
  const tWork = useTranslations("work");
  const tEnums = useTranslations("enums");
  if (!rows.length) return <EmptyState title={t("stepsEmpty")}>{t("stepsEmptyHint")}</EmptyState>;
  return (
    <div className={tableFrame}>
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="unit-steps">
        <caption className="sr-only">{t("stepsCaption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("step")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("task")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("owner")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("deadline")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("state")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                {s.name}
                <div className="text-slate-500">{enumText(tEnums, "stepStatus", s.status)}</div>
              </td>
              <td className="px-3 py-2">
                <Link href={`/tasks/${s.task.id}`} className="text-brand-700 hover:underline">
                  {s.task.title}
                </Link>
                <div className="text-slate-500">
                  {s.task.directive.number}
                  {s.task.point ? ` · ${tWork("point", { point: s.task.point })}` : ""}
                </div>
              </td>
              <td className="px-3 py-2">{s.owner.name}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(s.deadline)}</td>
              <td className="px-3 py-2">
                <ClassificationBadge classification={s.classification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
