import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { vm } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";

/** A person's own settings, from the profile page. */
export const ZSetLocale = z.object({ locale: z.enum(LOCALES, vm("profile.locale")) });
export type TSetLocale = z.infer<typeof ZSetLocale>;
