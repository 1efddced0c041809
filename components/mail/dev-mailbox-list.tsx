import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/domain/format/format-date-time";

export type TDevMailboxMessage = {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  link: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredBy: string | null;
  attempts: number;
  lastError: string | null;
};

/**
 * The outbox as a list of letters: who, what, when, whether it went out, and the text part
 * (the HTML part is not rendered here: it would run as this app's page).
 */
export function DevMailboxList({ messages }: { messages: TDevMailboxMessage[] }) {
  const t = useTranslations("mailbox");
  return (
    <ul className="space-y-3" data-testid="dev-mailbox">
      {messages.map((m) => (
        <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-medium">{m.subject}</p>
          <p className="mt-1 text-slate-600">
            {t("to")}: {m.recipient} · {t("createdAt")}: {formatDateTime(m.createdAt)}
          </p>
          <p className="mt-1">
            {t("status")}:{" "}
            {m.sentAt
              ? m.deliveredBy === "log"
                ? t("statusKept")
                : t("statusSent")
              : t("statusWaiting", { attempts: m.attempts })}
          </p>
          {m.lastError && !m.sentAt && <p className="mt-1 text-red-800">{t("lastError", { error: m.lastError })}</p>}
          {m.link && (
            <p className="mt-2">
              <a href={m.link} className="text-brand-700 underline hover:text-brand-800">
                {t("openLink")}
              </a>
            </p>
          )}
          <details className="mt-2">
            <summary className="cursor-pointer text-slate-700">{t("body")}</summary>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-slate-800">{m.text}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
