import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { getInspectionOrThrow } from "./get-inspection-or-throw";

const person = { select: { id: true, name: true } } as const;

/** The conclusion with its recommendation tasks and their steps: the inspecting unit follows their progress here. */
const conclusionSelect = {
  id: true,
  summary: true,
  issuedAt: true,
  issuedBy: person,
  directive: { select: { id: true, number: true, subject: true } },
  recommendations: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      task: {
        select: {
          id: true,
          title: true,
          status: true,
          deadline: true,
          completedAt: true,
          leadUnit: { select: { id: true, name: true } },
          steps: {
            orderBy: { order: "asc" },
            select: { id: true, name: true, status: true, deadline: true, completedAt: true, owner: person },
          },
        },
      },
    },
  },
} as const;

/**
 * An inspection with its record: the checklist with the answers, and the findings with their
 * evidence. The inspected unit reads the record with the conclusion, once issued (before that
 * it sees the inspection's plan, team and dates only); the inspecting side reads it always.
 */
export async function getInspectionDetails(actor: TActor, id: string, now: Date) {
  const inspection = await getInspectionOrThrow(actor, id, now);
  if (!inspection.conclusionVisible) return { ...inspection, checklist: null, findings: [], conclusion: null };
  const [checklist, findings, conclusion] = await Promise.all([
    inspection.checklistId
      ? db.checklist.findUnique({
          where: { id: inspection.checklistId },
          select: {
            id: true,
            title: true,
            items: {
              where: { OR: [{ archivedAt: null }, { answers: { some: { inspectionId: id } } }] },
              orderBy: { position: "asc" },
              select: {
                id: true,
                text: true,
                citation: true,
                answers: {
                  where: { inspectionId: id },
                  select: { result: true, note: true, answeredAt: true, answeredBy: person },
                },
              },
            },
          },
        })
      : null,
    db.inspectionFinding.findMany({
      where: { inspectionId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        severity: true,
        description: true,
        createdAt: true,
        createdBy: person,
        links: {
          select: {
            id: true,
            task: { select: { id: true, title: true } },
            step: { select: { id: true, name: true, taskId: true } },
            signal: { select: { id: true, kind: true, taskId: true } },
            event: { select: { id: true, kind: true, taskId: true, at: true } },
            user: person,
          },
        },
      },
    }),
    db.inspectionConclusion.findUnique({ where: { inspectionId: id }, select: conclusionSelect }),
  ]);
  return { ...inspection, checklist, findings, conclusion };
}
