import "server-only";
import { z } from "zod";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiUser, ZUserListQuery } from "@/lib/schemas/api/units-users";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findUserPage } from "../reads/find-user-page";
import { serializeUser } from "../serialize/serialize-user";

const ZUserCursor = z.object({ n: z.string(), i: z.uuid() });

export const listUsersRoute = defineApiRoute({
  method: "GET",
  path: "/users",
  operationId: "listUsers",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.listUsers.summary",
  description: "openapi.routes.listUsers.description",
  query: ZUserListQuery,
  exampleQuery: { q: "Lan" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.listUsers.response", schema: ZPageOf(ZApiUser) },
  run: async ({ actor, query }) => {
    const after = decodeCursor(ZUserCursor, query.cursor);
    const page = await findUserPage(actor, { unitId: query.unit, q: query.q, after, limit: query.limit });
    return {
      items: page.items.map(serializeUser),
      nextCursor: nextKeysetCursor(page, (last) => ({ n: last.name, i: last.id })),
    };
  },
});
