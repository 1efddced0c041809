import { confirmUnsubscribe, showUnsubscribe } from "@/lib/server/notifications/serve-unsubscribe";

export const dynamic = "force-dynamic";

// The link in every notification e-mail: no session needed, the token's MAC is the authority.
// GET only shows the question (mail scanners prefetch links); the button POSTs here.
export const GET = showUnsubscribe;
export const POST = confirmUnsubscribe;
