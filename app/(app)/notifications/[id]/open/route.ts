import { notFound } from "next/navigation";
import { ZNotificationRef } from "@/lib/schemas/notifications";
import { notificationHref } from "@/lib/domain/notifications/notification-href";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { markNotificationRead } from "@/lib/server/notifications/mark-notification-read";

/**
 * Opening a notification: marks it read for its recipient, then leads to what it is about.
 * A GET, so that it is a plain link (and the one an e-mail can carry): marking one's own
 * notification read is idempotent and harmless, and anyone else's is 404 and left unchanged.
 * The list links here with a plain <a>, a whole navigation, so the browser follows the redirect.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const parsed = ZNotificationRef.safeParse({ notificationId: (await params).id });
  if (!parsed.success) notFound();
  let href: string;
  try {
    href = notificationHref(await markNotificationRead(actor, parsed.data, new Date()));
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  // A relative Location, so the anchor (#step-…) reaches the browser as written, whatever
  // host a proxy puts in front.
  return new Response(null, { status: 303, headers: { Location: href, "Cache-Control": "no-store" } });
}
