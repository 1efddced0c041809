import { confirmUnsubscribe } from "@/lib/server/notifications/serve-unsubscribe";

export const dynamic = "force-dynamic";

// The List-Unsubscribe URL of every notification e-mail: a mail client's one-click POST
// (RFC 8058, body "List-Unsubscribe=One-Click", no Origin, no cookie) turns the kind down.
export const POST = confirmUnsubscribe;
