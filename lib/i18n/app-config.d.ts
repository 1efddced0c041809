import type { TLocale } from "./locales";
import type vi from "./messages/vi.json";

// Types every useTranslations/getTranslations key against the Vietnamese catalog, so a key
// that does not exist fails the type check (tests/unit/i18n checks English has the same keys).
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: typeof vi;
  }
}
