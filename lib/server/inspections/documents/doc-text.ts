import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/** The documents' sentences, from the catalog's "inspectionDocs" namespace and the inspections' labels. */
export function docText(locale: TLocale) {
  const t = translatorFor(locale) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return {
    doc: (key: string, values?: Record<string, string | number>) => t(`inspectionDocs.${key}`, values),
    label: (key: string) => t(`inspections.${key}`),
  };
}
