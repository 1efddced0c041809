import "server-only";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import type { TApiError } from "@/lib/schemas/api/common";

/** No route, so no caller read yet: answered in the default language. */
export function notFoundResponse(): Response {
  const body: TApiError = { error: { code: "NOT_FOUND", message: translate(DEFAULT_LOCALE, msg("api.unknownPath")) } };
  return Response.json(body, { status: 404, headers: { "Cache-Control": "no-store" } });
}
