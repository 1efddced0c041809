"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { createDelegationAction } from "@/lib/actions/delegations/create-delegation-action";
import { DateField } from "@/components/ui/date-field";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
type TFailure = { message: string; fieldErrors?: Record<string, string[]> };
type TOption = { value: string; label: string };

/**
 * Names a deputy for a range of days: for oneself, or (an administrator, with `principalId`)
 * for someone else. A head chooses between the steps and the head's decisions; anyone else
 * delegates their steps. Every rule is the server's; refusals are shown beside their field.
 */
export function DelegationForm({
  principalId,
  candidates,
  canDelegateHead,
  today,
}: {
  principalId?: string;
  candidates: TOption[];
  canDelegateHead: boolean;
  today: string;
}) {
  const t = useTranslations("delegations");
  const tScope = useTranslations("enums.delegationScope");
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<TFailure | null>(null);
  const [done, setDone] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries(new FormData(form)) as Record<string, string>;
    if (!fields.reason) delete fields.reason;
    startTransition(async () => {
      const result = await createDelegationAction({ ...fields, ...(principalId ? { principalId } : {}) });
      if (!result.ok) {
        setFailure(result);
        setDone(false);
        return;
      }
      setFailure(null);
      setDone(true);
      form.reset();
      router.refresh();
    });
  }

  const error = (name: string) => failure?.fieldErrors?.[name]?.[0];
  const errorText = (name: string) =>
    error(name) && (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
        {error(name)}
      </p>
    );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      data-testid="delegation-form"
    >
      <div>
        <label htmlFor={`${id}-deputy`} className="block text-sm font-medium">
          {t("deputy")}
        </label>
        <select
          id={`${id}-deputy`}
          name="deputyId"
          required
          defaultValue=""
          className={input}
          aria-describedby={`${id}-deputyId-error`}
        >
          <option value="">{t("deputyHint")}</option>
          {candidates.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {errorText("deputyId")}
      </div>
      <div>
        <label htmlFor={`${id}-scope`} className="block text-sm font-medium">
          {t("scope")}
        </label>
        <select
          id={`${id}-scope`}
          name="scope"
          defaultValue={canDelegateHead ? "HEAD_DECISIONS" : "STEPS"}
          className={input}
          aria-describedby={`${id}-scope-error`}
        >
          {canDelegateHead && <option value="HEAD_DECISIONS">{tScope("HEAD_DECISIONS")}</option>}
          <option value="STEPS">{tScope("STEPS")}</option>
        </select>
        {errorText("scope")}
      </div>
      <div>
        <label htmlFor={`${id}-from`} className="block text-sm font-medium">
          {t("startsOn")}
        </label>
        <DateField
          id={`${id}-from`}
          name="startsOn"
          required
          defaultValue={today}
          min={today}
          className={input}
          aria-describedby={`${id}-startsOn-error`}
        />
        {errorText("startsOn")}
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="block text-sm font-medium">
          {t("endsOn")}
        </label>
        <DateField
          id={`${id}-to`}
          name="endsOn"
          required
          defaultValue={today}
          min={today}
          className={input}
          aria-describedby={`${id}-endsOn-error`}
        />
        {errorText("endsOn")}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          {t("reason")}
        </label>
        <input id={`${id}-reason`} name="reason" maxLength={500} className={input} />
        {errorText("reason")}
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
        {done && (
          <p role="status" className="text-sm text-green-800" data-testid="delegation-created">
            {t("created")}
          </p>
        )}
        {failure && !failure.fieldErrors && (
          <p className="text-sm text-red-700" data-testid="action-error">
            {failure.message}
          </p>
        )}
      </div>
    </form>
  );
}
