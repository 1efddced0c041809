"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useState } from "react";
import { formatDate } from "@/lib/domain/format/format-date";

/** The new token, shown once, with a copy button and the reason it will not be shown again. */
export function NewTokenNotice({
  name,
  token,
  expiresAt,
  onDismiss,
}: {
  name: string;
  token: string;
  expiresAt: string;
  onDismiss: () => void;
}) {
  const t = useTranslations("apiTokens.created");
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  }
  return (
    <div className="rounded-lg border border-green-300 bg-green-50 p-4" role="status" data-testid="new-api-token">
      <p className="font-medium text-green-900">{t("title", { name, date: formatDate(new Date(expiresAt)) })}</p>
      <p className="mt-1 text-sm text-green-900">
        {t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-api-token-value">
          {token}
        </code>
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
        >
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" onClick={onDismiss} className="text-sm text-slate-600 underline">
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
