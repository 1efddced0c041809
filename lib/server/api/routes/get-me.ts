import "server-only";
import { ZApiMe } from "@/lib/schemas/api/units-users";
import { defineApiRoute } from "../define-api-route";
import { getUserOrThrow } from "../reads/get-user-or-throw";
import { serializeUser } from "../serialize/serialize-user";

export const getMeRoute = defineApiRoute({
  method: "GET",
  path: "/me",
  operationId: "getMe",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.getMe.summary",
  description: "openapi.routes.getMe.description",
  errors: [],
  response: { status: 200, description: "openapi.routes.getMe.response", schema: ZApiMe },
  run: async ({ auth }) => {
    const user = await getUserOrThrow(auth.actor.id);
    return {
      user: serializeUser(user),
      authenticatedWith: auth.via,
      token: auth.token
        ? {
            id: auth.token.id,
            name: auth.token.name,
            prefix: auth.token.prefix,
            expiresAt: auth.token.expiresAt.toISOString(),
          }
        : null,
    };
  },
});
