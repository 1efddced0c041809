import "server-only";
import { z } from "zod";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiUser, ZUserListQuery } from "@/lib/schemas/api/units-users";
import { decodeCursor, encodeCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findUserPage } from "../reads/find-user-page";
import { serializeUser } from "../serialize/serialize-user";

const ZUserCursor = z.object({ n: z.string(), i: z.uuid() });

export const listUsersRoute = defineApiRoute({
  method: "GET",
  path: "/users",
  operationId: "listUsers",
  tag: "Người dùng và đơn vị",
  summary: "Cán bộ trong phạm vi",
  description:
    "Vụ TCCB, thanh tra và quản trị thấy mọi người; lãnh đạo đơn vị thấy người của đơn vị mình và các đơn vị trực thuộc; công chức thấy người cùng đơn vị. Bộ lọc chỉ thu hẹp phạm vi này.",
  query: ZUserListQuery,
  exampleQuery: { q: "Lan" },
  errors: [400],
  response: { status: 200, description: "Một trang danh sách, theo tên.", schema: ZPageOf(ZApiUser) },
  run: async ({ actor, query }) => {
    const after = decodeCursor(ZUserCursor, query.cursor);
    const page = await findUserPage(actor, { unitId: query.unit, q: query.q, after, limit: query.limit });
    const last = page.items.at(-1);
    return { items: page.items.map(serializeUser), nextCursor: page.hasMore && last ? encodeCursor({ n: last.name, i: last.id }) : null };
  },
});
