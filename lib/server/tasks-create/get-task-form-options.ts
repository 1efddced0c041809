import "server-only";
import { findActiveTemplates } from "@/lib/server/templates/find-active-templates";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { layoutStepDeadlines } from "@/lib/domain/templates/layout-step-deadlines";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { findUnitsInTreeOrder } from "./find-units-in-tree-order";
import { loadTaskOrigin } from "./load-task-origin";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

export type TTaskFormQuery = { directiveId?: string; parentTaskId?: string };

/**
 * What the task form offers the actor: the directive (and the parent task, for a sub-task),
 * the units they may make lead (their tree, strictly below the parent's lead unit for a
 * sub-task), every unit as a possible coordinator, the active people who may own steps, and
 * the active templates with their steps laid out in working days from `now`. The same rules
 * are enforced again by createTask; this only keeps the form from offering what would fail.
 */
export async function getTaskFormOptions(actor: TActor, input: TTaskFormQuery, now: Date) {
  const { directive, parent, leadScope } = await loadTaskOrigin(db, actor, input);
  const [leadUnits, units, people, templates, cal] = await Promise.all([
    findUnitsInTreeOrder(leadScope),
    findUnitsInTreeOrder("/"),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(leadScope) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, title: true, position: true, unitId: true },
    }),
    findActiveTemplates(),
    getWorkCalendar(),
  ]);
  const below = leadUnits.filter((u) => u.id !== parent?.leadUnit.id);
  const top = Math.min(...below.map((u) => u.depth));
  const eligible = below.map((u) => ({ ...u, depth: u.depth - top }));
  if (eligible.length === 0) {
    throw new DomainError("INVALID_STATE", msg("errors.noSubunitsForSubtask"));
  }
  const pathOf = new Map(leadUnits.map((u) => [u.id, u.path]));
  const usable = templates
    .filter((t) => t.steps.length > 0 && eligible.some((u) => isTemplateUsableFor(t.unit?.path ?? null, u.path)))
    .map((t) => ({
      id: t.id,
      name: t.name,
      unitName: t.unit?.name ?? null,
      unitPath: t.unit?.path ?? null,
      steps: t.steps,
      layout: layoutStepDeadlines(
        now,
        t.steps.map((s) => s.defaultDurationDays),
        cal,
      ),
    }));
  return {
    directive,
    parent: parent && {
      id: parent.id,
      title: parent.title,
      point: parent.point,
      leadUnitName: parent.leadUnit.name,
      deadline: localDateOf(parent.deadline),
    },
    leadUnits: eligible,
    units,
    people: people.map((p) => ({ ...p, unitPath: pathOf.get(p.unitId) ?? "" })),
    templates: usable,
    today: localDateOf(now),
  };
}
