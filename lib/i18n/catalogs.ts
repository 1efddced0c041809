import en from "./messages/en.json";
import vi from "./messages/vi.json";
import type { TLocale } from "./locales";

/** The product's message catalogs: Vietnamese is the reference, English must have every key. */
export const CATALOGS = { vi, en } satisfies Record<TLocale, unknown>;
export type TMessages = typeof vi;
