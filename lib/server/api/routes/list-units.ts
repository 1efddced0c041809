import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiUnit, ZUnitListQuery } from "@/lib/schemas/api/units-users";
import { z } from "zod";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findUnitTree } from "../reads/find-unit-tree";

/** Tree order's key of the last unit served (findKeyedUnitsInTreeOrder). */
const ZUnitCursor = z.object({ k: z.string().max(4000), i: z.uuid() });

export const listUnitsRoute = defineApiRoute({
  method: "GET",
  path: "/units",
  operationId: "listUnits",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.listUnits.summary",
  description: "openapi.routes.listUnits.description",
  query: ZUnitListQuery,
  errors: [400, 404],
  response: { status: 200, description: "openapi.routes.listUnits.response", schema: ZPageOf(ZApiUnit) },
  run: async ({ query }) => {
    const after = decodeCursor(ZUnitCursor, query.cursor);
    const page = await findUnitTree({
      underId: query.under,
      after: after && { treeKey: after.k, id: after.i },
      limit: query.limit,
    });
    return {
      items: page.items.map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        level: u.level,
        parentId: u.parentId,
        path: u.path,
        depth: u.depth,
      })),
      nextCursor: nextKeysetCursor(page, (last) => ({ k: last.treeKey, i: last.id })),
    };
  },
});
