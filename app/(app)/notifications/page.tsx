import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { MarkAllNotificationsReadButton } from "@/components/notifications/mark-all-notifications-read-button";
import { NotificationList, type TNotificationView } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import type { TLocale } from "@/lib/i18n/locales";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { findNotifications, type TNotificationRow } from "@/lib/server/notifications/find-notifications";
import { notificationSentence } from "@/lib/server/notifications/notification-sentence";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

// The URL's filter and keyset cursor; a malformed one shows the newest page instead of an error.
const ZQuery = z
  .object({
    unread: z.literal("true").optional().catch(undefined),
    cursor: z.string().max(200).optional().catch(undefined),
  })
  .catch({});

function toView(n: TNotificationRow, locale: TLocale): TNotificationView {
  return {
    id: n.id,
    sentence: notificationSentence(n, locale),
    createdAt: n.createdAt,
    isRead: n.readAt != null,
  };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  const { unread, cursor } = ZQuery.parse(await searchParams);
  const onlyUnread = unread === "true";
  // A cursor that is not one (edited by hand, or from an older version) shows the newest page.
  const page = await findNotifications(actor, { unread: onlyUnread, cursor }).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "INVALID_INPUT") return findNotifications(actor, { unread: onlyUnread });
    throw error;
  });
  const base = onlyUnread ? "/notifications?unread=true" : "/notifications";
  const pill =
    "rounded-full border px-3 py-1 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        {page.items.some((n) => n.readAt == null) && <MarkAllNotificationsReadButton />}
      </PageHeader>
      <nav aria-label={t("filterLabel")} className="mb-4 flex gap-2">
        <Link href="/notifications" aria-current={onlyUnread ? undefined : "page"} className={pill}>
          {t("filterAll")}
        </Link>
        <Link href="/notifications?unread=true" aria-current={onlyUnread ? "page" : undefined} className={pill}>
          {t("filterUnread")}
        </Link>
      </nav>
      {page.items.length === 0 ? (
        <EmptyState title={onlyUnread ? t("emptyUnreadTitle") : t("emptyTitle")}>
          {!onlyUnread && t("emptyHint")}
        </EmptyState>
      ) : (
        <NotificationList items={page.items.map((n) => toView(n, locale as TLocale))} />
      )}
      <div className="mt-4 flex gap-3 text-sm">
        {cursor && (
          <Link href={base} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={`${base}${onlyUnread ? "&" : "?"}cursor=${encodeURIComponent(page.nextCursor)}`}
            rel="next"
            className="text-brand-700 underline"
          >
            {t("older")}
          </Link>
        )}
      </div>
    </>
  );
}
