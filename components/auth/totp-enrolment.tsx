"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { confirmTotpEnrolmentAction } from "@/lib/actions/auth/confirm-totp-enrolment-action";
import { startTotpEnrolmentAction } from "@/lib/actions/auth/start-totp-enrolment-action";

/**
 * Enrols a TOTP second factor: a button makes a secret on the server and shows it as a QR code
 * and as text; a code from the app confirms it. On the enrolment step (`thenGoHome`) it then goes
 * on into the app.
 */
export function TotpEnrolment({ thenGoHome = false }: { thenGoHome?: boolean }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  function start() {
    startTransition(async () => {
      const result = await startTotpEnrolmentAction({});
      setError(result.ok ? null : result.message);
      if (result.ok) setShown(result.data);
    });
  }

  function confirm(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { code } = Object.fromEntries(new FormData(event.currentTarget));
    startTransition(async () => {
      const result = await confirmTotpEnrolmentAction({ code });
      if (!result.ok) return setError(result.fieldErrors?.code?.[0] ?? result.message);
      setError(null);
      setDone(true);
      setShown(null);
      if (thenGoHome) router.replace("/");
      router.refresh();
    });
  }

  if (done)
    return (
      <p
        data-testid="totp-done"
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
      >
        {t("totpDone")}
      </p>
    );
  return (
    <div className="max-w-sm space-y-3 text-sm" data-testid="totp-enrolment">
      {error && (
        <p id="totp-enrol-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {!shown ? (
        <button
          type="button"
          onClick={start}
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("totpStarting") : t("totpStart")}
        </button>
      ) : (
        <form onSubmit={confirm} noValidate className="space-y-3">
          <p>{t("totpScan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server, no request */}
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(shown.qrSvg)}`}
            alt={t("totpQrAlt")}
            width={200}
            height={200}
            className="rounded border border-slate-200"
          />
          <code
            data-testid="totp-secret"
            className="block select-all break-all rounded bg-slate-100 px-2 py-1 font-mono"
          >
            {shown.secret}
          </code>
          <label htmlFor="totp-code" className="block font-medium">
            {t("totpCode")}
          </label>
          <input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            aria-describedby={error ? "totp-enrol-error" : undefined}
            className="w-40 rounded-md border border-slate-300 px-3 py-2 font-mono tracking-widest focus:border-brand-600"
          />
          <button
            type="submit"
            disabled={pending}
            className="block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {t("totpConfirm")}
          </button>
        </form>
      )}
    </div>
  );
}
