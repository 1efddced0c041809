import Link from "next/link";
import { useTranslations } from "@/components/i18n/use-translations";

/**
 * The bell in the header: a link to the notifications, named with the unread count for screen
 * readers (the badge itself is hidden from them, so the count is read once), reached by Tab
 * like any link. Outside the folded menu, so a phone shows it too.
 */
export function NotificationBell({ unreadCount, current }: { unreadCount: number; current: boolean }) {
  const t = useTranslations("ui");
  return (
    <Link
      href="/notifications"
      aria-label={t("notificationsBell", { count: unreadCount })}
      aria-current={current ? "page" : undefined}
      data-testid="notification-bell"
      className="relative ml-auto inline-flex items-center rounded-md p-1 hover:bg-white/10 md:order-last md:ml-0"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unreadCount > 0 && (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unreadCount > 99 ? "99+" : unreadCount}
        </span>
      )}
    </Link>
  );
}
