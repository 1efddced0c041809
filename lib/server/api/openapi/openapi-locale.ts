import "server-only";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";
import { authenticateRequest } from "../authenticate-request";

/**
 * The language to serve the OpenAPI document in: `?lang=en|vi` when given, else the caller's
 * own (the token owner's or the signed-in person's User.locale), else Vietnamese. The
 * document is public, so a caller who is not signed in, or whose token is refused, still
 * gets it, in the default language.
 */
export async function openApiLocaleOf(request: Request, now: Date): Promise<{ locale: TLocale; fromQuery: boolean }> {
  const asked = new URL(request.url).searchParams.get("lang");
  if (isLocale(asked)) return { locale: asked, fromQuery: true };
  try {
    return { locale: (await authenticateRequest(request, now)).actor.locale, fromQuery: false };
  } catch {
    return { locale: DEFAULT_LOCALE, fromQuery: false };
  }
}
