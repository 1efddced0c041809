import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { singleLineText } from "../text";
import { positions, roles } from "../people-roles";
import { unitLevels } from "../unit-levels";
import { ZApiId, ZCursorParam, ZLimitParam, ZUnitRef } from "./common";

export const ZApiUnit = z.object({
  id: ZApiId,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(unitLevels),
  parentId: ZApiId.nullable(),
  /** Materialised path of ids, "/<root id>/…/<id>/". */
  path: z.string(),
  /** Depth below the first unit of the answer (0 for the root or the `under` unit). */
  depth: z.number().int().min(0),
});

export const ZUnitListQuery = z.object({
  under: ZApiId.optional().meta({ description: "openapi.schemas.unitUnder" }),
  cursor: ZCursorParam,
  limit: ZLimitParam(1000, 500),
});

export const ZApiUser = z.object({
  id: ZApiId,
  name: z.string(),
  email: z.string(),
  /** Mã cán bộ; null for an account made before it was kept. */
  employeeCode: z.string().nullable(),
  title: z.string().nullable(),
  position: z.enum(positions),
  roles: z.array(z.enum(roles)),
  unit: ZUnitRef,
  isActive: z.boolean(),
});

export const ZUserListQuery = z.object({
  unit: ZApiId.optional().meta({ description: "openapi.schemas.userUnit" }),
  q: singleLineText("searchWords")
    .max(100, vm("api.searchMax", { max: 100 }))
    .optional()
    .meta({ description: "openapi.schemas.userQuery" }),
  cursor: ZCursorParam,
  limit: ZLimitParam(100, 50),
});

export const ZApiMe = z.object({
  user: ZApiUser,
  authenticatedWith: z.enum(["token", "session"]),
  /** The token used for this request, when it came with one. */
  token: z
    .object({ id: ZApiId, name: z.string(), prefix: z.string(), expiresAt: z.iso.datetime({ offset: true }) })
    .nullable(),
});

/** A unit as the administration writes it: POST /units, PATCH /units/{id}, POST /units/{id}/close. */
export const ZApiAdminUnit = z.object({
  id: ZApiId,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(unitLevels),
  parentId: ZApiId.nullable(),
  path: z.string(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  successorId: ZApiId.nullable(),
});
