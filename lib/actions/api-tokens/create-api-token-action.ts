"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateApiToken } from "@/lib/schemas/api/api-token";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";

/** Returns the token itself: the only time it is ever shown. */
export const createApiTokenAction = createAction(ZCreateApiToken, async (actor, input, now) => {
  const created = await createApiToken(actor, input, now);
  return {
    id: created.id,
    name: created.name,
    prefix: created.prefix,
    token: created.token,
    expiresAt: created.expiresAt.toISOString(),
  };
});
