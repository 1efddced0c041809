"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRevokeApiToken } from "@/lib/schemas/api/api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";

export const revokeApiTokenAction = createAction(ZRevokeApiToken, async (actor, input, now) => {
  const token = await revokeApiToken(actor, input, now);
  return { id: token.id };
});
