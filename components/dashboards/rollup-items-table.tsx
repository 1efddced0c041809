import Link from "next/link";
import { useTranslations } from "next-intl";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { formatDate } from "@/lib/domain/format/format-date";
import type { TRollupListItem } from "@/lib/domain/rollups";
import { tableFrame } from "@/components/ui/table-frame";

/** Steps (or tasks) behind a number, each linking to its task; `personHref` links the owner when given. */
export function RollupItemsTable({
  items,
  caption,
  personHref,
}: {
  items: TRollupListItem[];
  caption: string;
  personHref?: (id: string) => string;
}) {
  const t = useTranslations("dashboard.items");
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="rollup-items">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("taskStep")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("owner")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("deadline")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("completed")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/tasks/${i.taskId}`} className="font-medium text-brand-700 hover:underline">
                  {i.taskTitle}
                </Link>
                <div className="text-slate-500">
                  {i.directiveNumber}
                  {i.point ? ` · ${t("point", { point: i.point })}` : ""}
                  {i.stepName ? ` · ${t("step", { step: i.stepName })}` : ""}
                </div>
              </td>
              <td className="px-3 py-2">
                {i.owner ? (
                  personHref ? (
                    <Link className="hover:underline" href={personHref(i.owner.id)}>
                      {i.owner.name}
                    </Link>
                  ) : (
                    i.owner.name
                  )
                ) : (
                  "—"
                )}
                <div className="text-slate-500">{i.unitName}</div>
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {formatDate(i.deadline)}
                {i.originalDeadline.getTime() !== i.deadline.getTime() && (
                  <div className="text-xs text-slate-500">
                    {t("originalDeadline", { date: formatDate(i.originalDeadline) })}
                  </div>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{i.completedAt ? formatDate(i.completedAt) : "—"}</td>
              <td className="px-3 py-2">
                <ClassificationBadge classification={i.classification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
