import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import { MarkNotificationReadButton } from "./mark-notification-read-button";

/** One notification as the page shows it: its sentence (notificationMessage, worded), when, and whether read. */
export type TNotificationView = { id: string; sentence: string; createdAt: Date; isRead: boolean };

/**
 * The list: each notification a sentence, the unread ones emphasised (bold, a marked border
 * and the word "Chưa đọc", so not by colour alone). "Mở" goes through /notifications/{id}/open,
 * which marks it read and leads to the step, consultation or signal.
 */
export function NotificationList({ items }: { items: TNotificationView[] }) {
  const t = useTranslations("notifications");
  return (
    <ul className="space-y-2" aria-label={t("listLabel")} data-testid="notification-list">
      {items.map((n) => {
        const { sentence } = n;
        return (
          <li
            key={n.id}
            data-testid="notification"
            data-read={n.isRead ? "true" : "false"}
            className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border bg-white p-3 ${n.isRead ? "border-slate-200" : "border-l-4 border-brand-600"}`}
          >
            <div className="min-w-0 flex-1">
              <p className={n.isRead ? "text-slate-700" : "font-semibold text-slate-900"}>
                {!n.isRead && (
                  <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t("unread")}</span>
                )}
                {sentence}
              </p>
              <p className="mt-1 text-xs text-slate-600">{formatDateTime(n.createdAt)}</p>
            </div>
            <div className="flex items-center gap-2">
              {/* A plain link, not next/link: the browser follows the redirect with its #anchor. */}
              <a
                href={`/notifications/${n.id}/open`}
                className="rounded-md bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
              >
                {t("open")}
                <span className="sr-only">: {sentence}</span>
              </a>
              {!n.isRead && <MarkNotificationReadButton notificationId={n.id} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
