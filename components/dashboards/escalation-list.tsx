import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";

export type TEscalationRow = {
  id: string;
  kind: string;
  level: number;
  reason: string;
  createdAt: Date;
  task: { id: string; title: string };
  step: { name: string; owner: { name: string } } | null;
  fromUnit: { name: string };
  toUnit: { name: string };
  raisedBy: { name: string } | null;
};

/** Escalations waiting for a ruling, oldest first, each linking to its task. */
export function EscalationList({ escalations }: { escalations: TEscalationRow[] }) {
  const t = useTranslations("dashboard.escalation");
  return (
    <ul className="space-y-2" data-testid="escalations">
      {escalations.map((e) => (
        <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <Link href={`/tasks/${e.task.id}`} className="font-medium text-brand-700 hover:underline">
            {e.task.title}
          </Link>
          <p className="text-slate-600">
            {e.kind === "AUTOMATIC" ? t("automatic", { level: e.level }) : t("manual")} ·{" "}
            {t("route", { from: e.fromUnit.name, to: e.toUnit.name })} · {formatDate(e.createdAt)}
            {e.step ? ` · ${t("step", { step: e.step.name, owner: e.step.owner.name })}` : ""}
            {e.raisedBy ? ` · ${t("raisedBy", { name: e.raisedBy.name })}` : ""}
          </p>
          <p>{t("reason", { reason: e.reason })}</p>
        </li>
      ))}
    </ul>
  );
}
