import { getRequestConfig } from "next-intl/server";
import { browserLocale, getCurrentActor } from "@/lib/server/auth/get-current-actor";
import { TIME_ZONE, type TLocale } from "./locales";

/**
 * next-intl's per-request configuration (next.config.js points here): the signed-in person's
 * own language (User.locale) if they chose one, else the one this browser chose on the
 * sign-in page, else Vietnamese. The catalogs are imported by their path so that the plugin precompiles them.
 */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});

async function requestLocale(): Promise<TLocale> {
  return (await getCurrentActor())?.locale ?? (await browserLocale());
}
