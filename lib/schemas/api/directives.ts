import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { singleLineText } from "../text";
import { directiveKinds } from "@/lib/schemas/directive";
import { ZApiClassification } from "./tasks";
import { ZApiId, ZCursorParam, ZInstant } from "./common";

const ZDirectiveRef = z.object({ id: ZApiId, number: z.string(), subject: z.string() });

export const ZApiDirectiveListItem = z.object({
  id: ZApiId,
  number: z.string(),
  kind: z.enum(directiveKinds),
  issuer: z.string(),
  issuedAt: ZInstant,
  subject: z.string(),
  /** Tasks under this directive that the caller may see. */
  taskCount: z.number().int().min(0),
});

export const ZDirectiveListQuery = z.object({
  q: singleLineText("searchWords")
    .max(200, vm("api.searchMax", { max: 200 }))
    .default("")
    .meta({ description: "openapi.schemas.directiveQuery" }),
  cursor: ZCursorParam,
});

export const ZApiDirective = ZApiDirectiveListItem.extend({
  summary: z.string().nullable(),
  implements: ZDirectiveRef.nullable(),
  implementedBy: z.array(ZDirectiveRef),
  attachments: z.array(
    z.object({ id: ZApiId, fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int() }),
  ),
  createdByName: z.string().nullable(),
  createdAt: ZInstant,
  /** The soonest-due tasks the caller may see (at most 200; taskCount counts them all). */
  tasks: z.array(
    z.object({
      id: ZApiId,
      title: z.string(),
      point: z.string().nullable(),
      status: z.enum(["OPEN", "IN_PROGRESS", "COMPLETED", "CANCELLED"]),
      deadline: ZInstant,
      completedAt: ZInstant.nullable(),
      parentTaskId: ZApiId.nullable(),
      leadUnitName: z.string(),
      progress: z.object({ done: z.number().int(), total: z.number().int() }),
      classification: ZApiClassification,
    }),
  ),
});
