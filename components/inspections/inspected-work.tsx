import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { tableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/domain/format/format-date";

type TTask = {
  id: string;
  title: string;
  status: string;
  deadline: Date;
  completedAt: Date | null;
  leadUnit: { name: string };
};

/**
 * The inspected unit's tasks as its head lists them (findInspectedTasks), for the team while the
 * inspection is under way; each opens on the inspection's own read-only task page.
 */
export async function InspectedWork({ inspectionId, tasks }: { inspectionId: string; tasks: readonly TTask[] }) {
  const t = await getTranslations("inspections.inspectedWork");
  const te = await getTranslations("enums");
  return (
    <Section title={t("title")} count={tasks.length} testId="inspected-work">
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      {tasks.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className={tableFrame}>
          <table className="min-w-full text-sm" data-testid="inspected-work-table">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2">{t("task")}</th>
                <th className="px-3 py-2">{t("leadUnit")}</th>
                <th className="px-3 py-2">{t("deadline")}</th>
                <th className="px-3 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link
                      href={`/inspections/${inspectionId}/tasks/${task.id}`}
                      className="font-medium text-brand-700 underline"
                    >
                      {task.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{task.leadUnit.name}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDate(task.deadline)}</td>
                  <td className="px-3 py-2">
                    {te(`taskStatus.${task.status as "OPEN"}`)}
                    {task.completedAt ? ` · ${formatDate(task.completedAt)}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
