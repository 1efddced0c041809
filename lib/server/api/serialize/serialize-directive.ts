import "server-only";
import type { z } from "zod";
import type { ZApiDirective, ZApiDirectiveListItem } from "@/lib/schemas/api/directives";
import type { findDirectives } from "@/lib/server/directives/find-directives";
import type { getDirectiveOrThrow } from "@/lib/server/directives/get-directive-or-throw";
import { iso, isoOrNull } from "./iso";

type TListItem = Awaited<ReturnType<typeof findDirectives>>["items"][number];
type TDetail = Awaited<ReturnType<typeof getDirectiveOrThrow>>;

export function serializeDirectiveListItem(d: TListItem): z.input<typeof ZApiDirectiveListItem> {
  return {
    id: d.id,
    number: d.number,
    kind: d.kind,
    issuer: d.issuer,
    issuedAt: iso(d.issuedAt),
    subject: d.subject,
    taskCount: d.taskCount,
  };
}

export function serializeDirective(d: TDetail): z.input<typeof ZApiDirective> {
  const ref = (r: { id: string; number: string; subject: string }) => ({
    id: r.id,
    number: r.number,
    subject: r.subject,
  });
  return {
    ...serializeDirectiveListItem({ ...d, taskCount: d.taskCount }),
    summary: d.summary,
    implements: d.implements ? ref(d.implements) : null,
    implementedBy: d.implementedBy.map(ref),
    attachments: d.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
    })),
    createdByName: d.createdBy?.name ?? null,
    createdAt: iso(d.createdAt),
    tasks: d.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      point: t.point,
      status: t.status,
      deadline: iso(t.deadline),
      completedAt: isoOrNull(t.completedAt),
      parentTaskId: t.parentTaskId,
      leadUnitName: t.leadUnit.name,
      progress: t.progress,
      classification: t.classification,
    })),
  };
}
