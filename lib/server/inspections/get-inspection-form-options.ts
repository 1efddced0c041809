import "server-only";
import { findActiveTemplates } from "@/lib/server/templates/find-active-templates";
import type { TActor } from "@/lib/domain/access/roles";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { localDateOf } from "@/lib/domain/calendar";
import { canInspectFrom, canManageInspection } from "@/lib/domain/inspections/inspection-access";
import { layoutStepDeadlines } from "@/lib/domain/templates/layout-step-deadlines";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";
import { getInspectionPlanOrThrow } from "./find-inspection-plans";
import { getInspectionOrThrow } from "./get-inspection-or-throw";
import { reachOf } from "./inspection-select";

const personSelect = { id: true, name: true, title: true, position: true, unitId: true } as const;

/**
 * What the surprise-inspection form offers: the actor's own unit inspects, any other open unit
 * outside it may be inspected, the team is drawn from the inspecting unit's active people, and
 * the checklists not archived. Null when the actor may not open inspections from their unit.
 * createInspection checks all of it again; this only keeps the form from offering what would fail.
 */
export async function getCreateInspectionOptions(actor: TActor, now: Date) {
  if (!canInspectFrom(actor, actor.unitPath)) return null;
  return inspectionOptionsFrom({ id: actor.unitId, path: actor.unitPath }, now);
}

/**
 * What the form for a planned inspection offers: the same as a surprise one's, from the plan's
 * inspecting unit (NOT_FOUND for a plan the actor may not plan in).
 */
export async function getPlannedInspectionOptions(actor: TActor, planId: string, now: Date) {
  const plan = await getInspectionPlanOrThrow(actor, planId);
  return { ...(await inspectionOptionsFrom(plan.inspectingUnit, now)), planId: plan.id };
}

/**
 * What the yearly plan's form offers: the open units the actor may plan from (all for TCCB and
 * admins, their own for an inspector, their branch for a head), and this year. Null when none.
 */
export async function getCreatePlanOptions(actor: TActor, now: Date) {
  const units = (await openUnits()).filter((u) => canInspectFrom(actor, u.path));
  if (units.length === 0) return null;
  return { units, year: Number(localDateOf(now).slice(0, 4)), defaultUnitId: actor.unitId };
}

async function openUnits() {
  const [units, closed] = await Promise.all([
    findUnitsInTreeOrder("/"),
    db.unit.findMany({ where: { closedAt: { not: null } }, select: { id: true } }),
  ]);
  const closedIds = new Set(closed.map((u) => u.id));
  return units.filter((u) => !closedIds.has(u.id));
}

async function inspectionOptionsFrom(inspecting: { id: string; path: string }, now: Date) {
  const [units, people, checklists] = await Promise.all([
    openUnits(),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(inspecting.path) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personSelect,
    }),
    db.checklist.findMany({
      where: { archivedAt: null },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true },
    }),
  ]);
  return {
    inspectingUnitId: inspecting.id,
    inspectedUnits: units.filter((u) => !isWithinUnit(inspecting.path, u.path)),
    people,
    checklists,
    today: localDateOf(now),
  };
}

/**
 * What the conclusion form offers for an inspection under way that the actor manages: lead units
 * in the inspected unit's tree, its active people as step owners, every unit as a coordinator,
 * and the active templates usable there with their steps laid out in working days from `now`.
 * Null when the actor may not issue the conclusion now (issueConclusion refuses it all the same).
 */
export async function getConclusionFormOptions(actor: TActor, inspectionId: string, now: Date) {
  const inspection = await getInspectionOrThrow(actor, inspectionId, now);
  if (inspection.status !== "IN_PROGRESS" || !canManageInspection(actor, reachOf(inspection))) return null;
  const scope = inspection.inspectedUnit.path;
  const [leadUnits, units, people, templates, cal] = await Promise.all([
    findUnitsInTreeOrder(scope),
    findUnitsInTreeOrder("/"),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(scope) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: personSelect,
    }),
    findActiveTemplates(),
    getWorkCalendar(),
  ]);
  const pathOf = new Map(leadUnits.map((u) => [u.id, u.path]));
  return {
    leadUnits,
    units,
    people: people.map((p) => ({ ...p, unitPath: pathOf.get(p.unitId) ?? "" })),
    templates: templates
      .filter((t) => t.steps.length > 0 && leadUnits.some((u) => isTemplateUsableFor(t.unit?.path ?? null, u.path)))
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
      })),
    today: localDateOf(now),
  };
}
