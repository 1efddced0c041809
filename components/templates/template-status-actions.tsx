"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import { deleteTemplateAction } from "@/lib/actions/templates/delete-template-action";
import { reactivateTemplateAction } from "@/lib/actions/templates/reactivate-template-action";

/** Remove a template from use (deleted if unused, otherwise deactivated) or put it back. */
export function TemplateStatusActions({ templateId, name, isActive, taskCount }: { templateId: string; name: string; isActive: boolean; taskCount: number }) {
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
    const question = taskCount > 0
      ? `Quy trình “${name}” đã được dùng cho ${taskCount} nhiệm vụ nên sẽ chuyển sang ngừng dùng (không xóa). Tiếp tục?`
      : `Xóa hẳn quy trình “${name}”?`;
    if (window.confirm(question)) run(deleteTemplateAction);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {isActive ? (
        <button type="button" className={secondaryButtonClass} disabled={pending} onClick={remove}>{taskCount > 0 ? "Ngừng dùng" : "Xóa"}</button>
      ) : (
        <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(reactivateTemplateAction)}>Dùng lại</button>
      )}
      {message && <p role="alert" className="text-sm text-red-700">{message}</p>}
    </div>
  );
}
