import "server-only";
import type { TCurrentActor } from "@/lib/server/auth/get-current-actor";
import { db } from "@/lib/server/db/prisma";
import type { TSetLocale } from "@/lib/schemas/profile";

/**
 * The language the person reads the product in, from their next request on: pages, messages,
 * validation, the API's error messages and the Excel files they download. Only their own row:
 * the id comes from the session, never from the input.
 */
export async function setLocale(actor: TCurrentActor, input: TSetLocale): Promise<{ locale: TSetLocale["locale"] }> {
  const user = await db.user.update({
    where: { id: actor.id },
    data: { locale: input.locale },
    select: { locale: true },
  });
  return { locale: user.locale as TSetLocale["locale"] };
}
