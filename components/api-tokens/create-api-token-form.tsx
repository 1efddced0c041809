"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens/create-api-token-action";
import { DateField } from "@/components/ui/date-field";
import { NewTokenNotice } from "./new-token-notice";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
type TCreated = { name: string; token: string; expiresAt: string };
type TFailure = { message: string; fieldErrors?: Record<string, string[]> };

/**
 * Creates a token with a name and a last day (at most a year away), then shows the token
 * once: only its hash is kept, so it cannot be shown again.
 */
export function CreateApiTokenForm({
  defaultExpiresOn,
  minExpiresOn,
  maxExpiresOn,
}: {
  defaultExpiresOn: string;
  minExpiresOn: string;
  maxExpiresOn: string;
}) {
  const t = useTranslations("apiTokens.create");
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<TCreated | null>(null);
  const [failure, setFailure] = useState<TFailure | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries(new FormData(form));
    startTransition(async () => {
      const result = await createApiTokenAction(fields);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      setCreated(result.data);
      form.reset();
      router.refresh();
    });
  }

  const error = (name: string) => failure?.fieldErrors?.[name]?.[0];
  return (
    <div className="space-y-4">
      {created && <NewTokenNotice {...created} onDismiss={() => setCreated(null)} />}
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        data-testid="create-api-token"
      >
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            {t("name")}
          </label>
          <input
            id={`${id}-name`}
            name="name"
            required
            maxLength={100}
            placeholder={t("namePlaceholder")}
            className={input}
            aria-describedby={`${id}-name-error`}
          />
          {error("name") && (
            <p id={`${id}-name-error`} className="mt-1 text-sm text-red-700">
              {error("name")}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-exp`} className="block text-sm font-medium">
            {t("expiresOn")}
          </label>
          <DateField
            id={`${id}-exp`}
            name="expiresOn"
            required
            defaultValue={defaultExpiresOn}
            min={minExpiresOn}
            max={maxExpiresOn}
            className={input}
            aria-describedby={`${id}-exp-error`}
          />
          {error("expiresOn") && (
            <p id={`${id}-exp-error`} className="mt-1 text-sm text-red-700">
              {error("expiresOn")}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("creating") : t("submit")}
        </button>
        {failure && !failure.fieldErrors && (
          <p className="text-sm text-red-700 sm:col-span-3" data-testid="action-error">
            {failure.message}
          </p>
        )}
      </form>
    </div>
  );
}
