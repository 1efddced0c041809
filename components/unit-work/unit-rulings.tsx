import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import { EmptyState } from "@/components/ui/empty-state";

type TTaskRef = { id: string; title: string; directive: { number: string } };
type TRulings = {
  returns: {
    id: string;
    name: string;
    owner: { name: string };
    task: TTaskRef;
    events: { reason: string | null; at: Date }[];
  }[];
  extensions: {
    id: string;
    reason: string;
    requestedDeadline: Date;
    previousDeadline: Date;
    requester: { name: string };
    step: { id: string; name: string; task: TTaskRef };
  }[];
  escalations: {
    id: string;
    reason: string;
    createdAt: Date;
    fromUnit: { name: string };
    raisedBy: { name: string } | null;
    step: { name: string } | null;
    task: TTaskRef;
  }[];
};

const card = "rounded-lg border p-3";

/** Decisions waiting for the head, oldest first: they come before everything else on the page. */
export function UnitRulings({ rulings }: { rulings: TRulings }) {
  const t = useTranslations("unitWork.ruling");
  const { returns, extensions, escalations } = rulings;
  if (!returns.length && !extensions.length && !escalations.length) {
    return <EmptyState title={t("empty")} />;
  }
  const taskLink = (task: { id: string }) => (chunks: React.ReactNode) => (
    <Link className="font-medium text-brand-700 underline" href={`/tasks/${task.id}`}>
      {chunks}
    </Link>
  );
  return (
    <ul className="space-y-2" data-testid="unit-rulings">
      {returns.map((r) => (
        <li key={r.id} className={`${card} border-amber-300 bg-amber-50`}>
          {t.rich("returned", {
            step: r.name,
            title: r.task.title,
            owner: r.owner.name,
            label: (chunks) => <span className="font-medium text-amber-900">{chunks}</span>,
            task: taskLink(r.task),
          })}
          {r.events[0]?.reason && (
            <span className="block text-sm text-slate-700">{t("reason", { reason: r.events[0].reason })}</span>
          )}
        </li>
      ))}
      {extensions.map((x) => (
        <li key={x.id} className={`${card} border-sky-300 bg-sky-50`}>
          {t.rich("extension", {
            name: x.requester.name,
            step: x.step.name,
            title: x.step.task.title,
            from: formatDate(x.previousDeadline),
            to: formatDate(x.requestedDeadline),
            label: (chunks) => <span className="font-medium text-sky-900">{chunks}</span>,
            task: taskLink(x.step.task),
          })}
          <span className="block text-sm text-slate-700">{t("reason", { reason: x.reason })}</span>
        </li>
      ))}
      {escalations.map((e) => (
        <li key={e.id} className={`${card} border-red-200 bg-red-50`}>
          {t.rich(e.raisedBy ? "escalationBy" : "escalation", {
            unit: e.fromUnit.name,
            name: e.raisedBy?.name ?? "",
            date: formatDate(e.createdAt),
            title: e.task.title,
            label: (chunks) => <span className="font-medium text-red-900">{chunks}</span>,
            task: taskLink(e.task),
          })}
          <span className="block text-sm text-slate-700">{e.reason}</span>
        </li>
      ))}
    </ul>
  );
}
