import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { enumText } from "@/components/work/enum-text";

type TTaskResult = {
  id: string;
  title: string;
  point: string | null;
  status: string;
  deadline: Date;
  directive: { id: string; number: string };
  leadUnit: { name: string };
  classification: TClassification;
};

export function TaskResults({ items }: { items: TTaskResult[] }) {
  const tSearch = useTranslations("search");
  const tWork = useTranslations("work");
  const tEnums = useTranslations("enums");
  return (
    <ul className="space-y-2" data-testid="task-results">
      {items.map((t) => (
        <li
          key={t.id}
          className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3"
        >
          <div className="min-w-0">
            <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">
              {t.title}
            </Link>
            <p className="text-sm text-slate-600">
              <Link href={`/directives/${t.directive.id}`} className="hover:underline">
                {t.directive.number}
              </Link>
              {t.point ? ` · ${tWork("point", { point: t.point })}` : ""} ·{" "}
              {tSearch("leadUnit", { unit: t.leadUnit.name })} · {enumText(tEnums, "taskStatus", t.status)}
            </p>
          </div>
          <div className="flex flex-col items-end gap-1 text-sm">
            <span>
              {tWork("deadline")} <time dateTime={t.deadline.toISOString()}>{formatDate(t.deadline)}</time>
            </span>
            <ClassificationBadge classification={t.classification} />
          </div>
        </li>
      ))}
    </ul>
  );
}
