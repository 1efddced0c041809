import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";

/** How many directives the form offers: the most recently issued. */
const DIRECTIVE_CHOICES = 200;

/**
 * What the recurrence form offers the actor: the latest directives, the units they may make
 * lead, the active people who may own steps there, and the active templates usable by one of
 * those units. createRecurrence checks all of it again; this only keeps the form from offering
 * what would fail. FORBIDDEN for whoever may not assign tasks.
 */
export async function getRecurrenceFormOptions(actor: TActor, now: Date) {
  const scope = assignmentScopeOf(actor);
  if (!scope) throw new DomainError("FORBIDDEN", msg("errors.recurrenceManageForbidden"));
  const [directives, leadUnits, people, templates] = await Promise.all([
    db.directive.findMany({
      orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
      take: DIRECTIVE_CHOICES,
      select: { id: true, number: true, subject: true },
    }),
    findUnitsInTreeOrder(scope),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(scope) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, title: true, unitId: true, unit: { select: { path: true } } },
    }),
    db.processTemplate.findMany({
      where: { isActive: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        unit: { select: { path: true } },
        steps: { orderBy: { order: "asc" }, select: { name: true, kind: true, defaultDurationDays: true } },
      },
    }),
  ]);
  return {
    directives,
    leadUnits,
    people: people.map((p) => ({ id: p.id, name: p.name, title: p.title, unitId: p.unitId, unitPath: p.unit.path })),
    templates: templates
      .filter((t) => t.steps.length > 0 && leadUnits.some((u) => isTemplateUsableFor(t.unit?.path ?? null, u.path)))
      .map((t) => ({ id: t.id, name: t.name, unitPath: t.unit?.path ?? null, steps: t.steps })),
    today: localDateOf(now),
  };
}

export type TRecurrenceFormOptions = Awaited<ReturnType<typeof getRecurrenceFormOptions>>;
