import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/tasks/action-form";
import { startStepAction } from "@/lib/actions/steps/start-step-action";

/** The next thing to do on one of my steps, one click away: start it here, or act on it on its task. */
export function StepQuickAction({ step }: { step: { id: string; status: string; version: number; taskId: string } }) {
  const t = useTranslations("work");
  if (step.status === "TODO") {
    return (
      <ActionForm
        action={startStepAction}
        hidden={{ stepId: step.id, expectedVersion: step.version }}
        submitLabel={t("start")}
        pendingLabel={t("starting")}
      />
    );
  }
  if (step.status === "IN_PROGRESS") {
    return (
      <Link
        href={`/tasks/${step.taskId}#step-${step.id}`}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
      >
        {t("updateOrComplete")}
      </Link>
    );
  }
  return null;
}
