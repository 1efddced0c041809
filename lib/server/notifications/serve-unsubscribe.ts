import "server-only";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { findUnsubscribeTarget } from "./find-unsubscribe-target";
import { renderUnsubscribePage } from "./render-unsubscribe-page";
import { unsubscribeFromKind } from "./unsubscribe-from-kind";

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("t") ?? "";

const invalid = () =>
  renderUnsubscribePage(
    { locale: DEFAULT_LOCALE, title: msg("unsubscribe.invalidTitle"), body: msg("unsubscribe.invalidBody") },
    400,
  );

/** GET /unsubscribe?t=…: says what the button will do, and changes nothing. */
export async function showUnsubscribe(request: Request): Promise<Response> {
  const token = tokenOf(request);
  const target = await findUnsubscribeTarget(env().authSecret, token);
  if (!target) return invalid();
  const kind = msg(`enums.notificationKind.${target.kind}`);
  return renderUnsubscribePage(
    {
      locale: target.locale,
      title: msg("unsubscribe.title", { kind }),
      body: msg(target.isMandatory ? "unsubscribe.mandatoryBody" : "unsubscribe.body", { email: target.email }),
      form: {
        action: `/unsubscribe?t=${encodeURIComponent(token)}`,
        label: msg(target.isMandatory ? "unsubscribe.confirmMandatory" : "unsubscribe.confirm"),
      },
    },
    200,
  );
}

/** POST /unsubscribe?t=… (the page's button) and POST /api/unsubscribe?t=… (RFC 8058 one-click). */
export async function confirmUnsubscribe(request: Request): Promise<Response> {
  const done = await unsubscribeFromKind(env().authSecret, tokenOf(request));
  if (!done) return invalid();
  const values = { kind: msg(`enums.notificationKind.${done.kind}`), email: done.email };
  return renderUnsubscribePage(
    {
      locale: done.locale,
      title: msg("unsubscribe.title", { kind: values.kind }),
      body: msg(done.channel === "OFF" ? "unsubscribe.doneOff" : "unsubscribe.doneDigest", values),
    },
    200,
  );
}
