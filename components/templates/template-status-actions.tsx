"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import { deleteTemplateAction } from "@/lib/actions/templates/delete-template-action";
import { reactivateTemplateAction } from "@/lib/actions/templates/reactivate-template-action";

/** Remove a template from use (deleted if unused, otherwise deactivated) or put it back. */
export function TemplateStatusActions({
  templateId,
  name,
  isActive,
  taskCount,
}: {
  templateId: string;
  name: string;
  isActive: boolean;
  taskCount: number;
}) {
  const t = useTranslations("templates.status");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (action: typeof deleteTemplateAction | typeof reactivateTemplateAction) =>
    startTransition(async () => {
      const result = await action({ templateId });
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  const remove = () => {
    const question = taskCount > 0 ? t("confirmDeactivate", { name, count: taskCount }) : t("confirmDelete", { name });
    if (window.confirm(question)) run(deleteTemplateAction);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {isActive ? (
        <button type="button" className={secondaryButtonClass} disabled={pending} onClick={remove}>
          {taskCount > 0 ? t("deactivate") : t("delete")}
        </button>
      ) : (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={pending}
          onClick={() => run(reactivateTemplateAction)}
        >
          {t("reactivate")}
        </button>
      )}
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
