"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useId, useState, useTransition } from "react";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-notification-preferences-action";
import { mailChannels, type TMailChannel } from "@/lib/domain/notifications/mail-channel";
import type { TNotificationKind } from "@/lib/domain/notifications/notification-kind";

export type TMailPreferenceRow = {
  kind: TNotificationKind;
  label: string;
  channel: TMailChannel;
  defaultChannel: TMailChannel;
  isMandatory: boolean;
};

/**
 * One group of radio buttons per kind of notification (arrow keys move within a group, Tab
 * between groups). OFF is disabled for a mandatory kind, with the reason beside it; the server
 * refuses it too. All kinds are saved together with one button.
 */
export function NotificationPreferencesForm({
  rows,
  channelLabels,
}: {
  rows: TMailPreferenceRow[];
  channelLabels: Record<TMailChannel, string>;
}) {
  const t = useTranslations("mailPreferences");
  const id = useId();
  const [chosen, setChosen] = useState(() => Object.fromEntries(rows.map((r) => [r.kind, r.channel])));
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const preferences = rows.map((r) => ({ kind: r.kind, channel: chosen[r.kind] }));
      const result = await setNotificationPreferencesAction({ preferences });
      if (!result.ok) return setOutcome({ ok: false, text: result.message });
      setChosen(Object.fromEntries(result.data.map((r) => [r.kind, r.channel])));
      setOutcome({ ok: true, text: t("saved") });
    });
  }

  return (
    <form onSubmit={submit} aria-label={t("formLabel")} data-testid="mail-preferences-form">
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <div className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {rows.map((row) => (
          <fieldset
            key={row.kind}
            className="flex flex-wrap items-center gap-x-6 gap-y-2 px-3 py-2"
            data-testid={`mail-preference-${row.kind}`}
          >
            <legend className="float-left w-full text-sm font-medium sm:w-72">{row.label}</legend>
            {mailChannels.map((channel) => {
              const disabled = channel === "OFF" && row.isMandatory;
              return (
                <label
                  key={channel}
                  className={`flex items-center gap-1.5 text-sm ${disabled ? "text-slate-400" : ""}`}
                >
                  <input
                    type="radio"
                    name={`${id}-${row.kind}`}
                    value={channel}
                    checked={chosen[row.kind] === channel}
                    disabled={disabled}
                    aria-describedby={disabled ? `${id}-${row.kind}-mandatory` : undefined}
                    onChange={() => setChosen((c) => ({ ...c, [row.kind]: channel }))}
                  />
                  {channelLabels[channel]}
                  {channel === row.defaultChannel && <span className="text-xs text-slate-500">({t("default")})</span>}
                </label>
              );
            })}
            {row.isMandatory && (
              <p id={`${id}-${row.kind}-mandatory`} className="basis-full text-xs text-slate-600">
                {t("mandatory")}
              </p>
            )}
          </fieldset>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
        {outcome?.ok && (
          <p role="status" className="text-sm text-green-700" data-testid="mail-preferences-saved">
            {outcome.text}
          </p>
        )}
        {outcome && !outcome.ok && (
          <p role="alert" className="text-sm text-red-700">
            {outcome.text}
          </p>
        )}
      </div>
    </form>
  );
}
