import { isWithinUnit } from "./is-within-unit";
import type { TDeputyGrant } from "../delegations/deputy-grant";
import { hasSectorWideView, isUnitHead, type TActor } from "./roles";

/** What the rule needs to know about a task: the units involved and the people who own its steps. */
export type TTaskReach = {
  leadUnitPath: string;
  coordinatingUnitPaths: readonly string[];
  stepUnitPaths: readonly string[];
  stepOwnerIds: readonly string[];
  consultedUserIds: readonly string[];
  consultedUnitPaths: readonly string[];
};

/**
 * Who may open a task. Sector-wide roles see everything; a head sees every task that touches
 * their unit or a unit below it; staff see the tasks of their own unit and the ones where they
 * own a step or were consulted. Mirrored as a database filter in lib/server/access/task-scope.ts.
 */
export function canViewTask(actor: TActor, task: TTaskReach): boolean {
  return canViewTaskAsSelf(actor, task) || (actor.deputyFor ?? []).some((g) => canViewAsDeputy(g, task));
}

/**
 * A deputy sees the principal's work: for a head-decision delegation all the head sees (the
 * tree's tasks they may have to rule on), for a steps delegation the tasks where the principal
 * owns a step or was consulted, not the rest of the principal's unit.
 */
function canViewAsDeputy(grant: TDeputyGrant, task: TTaskReach): boolean {
  if (grant.scope === "HEAD_DECISIONS") return canViewTaskAsSelf(grant.principal, task);
  return task.stepOwnerIds.includes(grant.principal.id) || task.consultedUserIds.includes(grant.principal.id);
}

function canViewTaskAsSelf(actor: TActor, task: TTaskReach): boolean {
  if (hasSectorWideView(actor)) return true;
  const units = [task.leadUnitPath, ...task.coordinatingUnitPaths, ...task.stepUnitPaths, ...task.consultedUnitPaths];
  if (isUnitHead(actor)) return units.some((p) => isWithinUnit(p, actor.unitPath));
  if (task.stepOwnerIds.includes(actor.id) || task.consultedUserIds.includes(actor.id)) return true;
  return units.includes(actor.unitPath);
}
