import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { buildOpenApiDocument, type TOpenApiDocument } from "./build-openapi-document";

const cached = new Map<TLocale, TOpenApiDocument>();

/** Built once per process and language: the document only changes with the code. */
export function getOpenApiDocument(locale: TLocale): TOpenApiDocument {
  let doc = cached.get(locale);
  if (!doc) cached.set(locale, (doc = buildOpenApiDocument(locale)));
  return doc;
}
