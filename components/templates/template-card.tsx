import Link from "next/link";
import { useTranslations } from "next-intl";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { TemplateStatusActions } from "./template-status-actions";

type TTemplateCard = {
  id: string;
  name: string;
  description: string | null;
  isActive: boolean;
  unit: { name: string } | null;
  steps: { name: string; kind: string; defaultDurationDays: number }[];
  taskCount: number;
  canEdit: boolean;
};

/** `canRecur`: the reader may assign tasks, so may make one recur on this template. */
export function TemplateCard({ template: t, canRecur = false }: { template: TTemplateCard; canRecur?: boolean }) {
  const tr = useTranslations("templates.card");
  const tKind = useTranslations("enums.stepKind");
  const kindLabel = (kind: string) =>
    (stepKinds as readonly string[]).includes(kind) ? tKind(kind as (typeof stepKinds)[number]) : kind;
  const total = t.steps.reduce((sum, s) => sum + s.defaultDurationDays, 0);
  return (
    <li
      className={`rounded-lg border border-slate-200 bg-white p-4 ${t.isActive ? "" : "opacity-75"}`}
      data-testid="template-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">
            {t.name}
            {!t.isActive && (
              <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
                {tr("inactive")}
              </span>
            )}
          </h2>
          <p className="text-sm text-slate-600">
            {t.unit ? tr("ofUnit", { unit: t.unit.name }) : tr("shared")} ·{" "}
            {tr("summary", { steps: t.steps.length, days: total })} · {tr("usedFor", { count: t.taskCount })}
          </p>
          {t.description && <p className="mt-1 text-sm text-slate-700">{t.description}</p>}
        </div>
        {canRecur && t.isActive && (
          <Link
            href={`/recurrences/new?templateId=${t.id}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            {tr("recur")}
          </Link>
        )}
        {t.canEdit && (
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/templates/${t.id}`}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
            >
              {tr("edit")}
            </Link>
            <TemplateStatusActions templateId={t.id} name={t.name} isActive={t.isActive} taskCount={t.taskCount} />
          </div>
        )}
      </div>
      <ol className="mt-3 list-decimal space-y-0.5 pl-6 text-sm">
        {t.steps.map((s, i) => (
          <li key={i}>
            {s.name}{" "}
            <span className="text-slate-500">
              ({tr("step", { kind: kindLabel(s.kind), days: s.defaultDurationDays })})
            </span>
          </li>
        ))}
      </ol>
    </li>
  );
}
