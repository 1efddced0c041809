import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import type { TDeputyGrant } from "@/lib/domain/delegations/deputy-grant";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";

/**
 * The database form of lib/domain/access/can-view-task.ts: every query for tasks goes through
 * this filter, so that a task outside the actor's remit is indistinguishable from a missing one.
 *
 * The units a task involves (lead, coordinators, steps' units, consultations' target units) are
 * TaskUnit's rows, kept by database triggers, and Task.scopeUnitIds holds those units and all
 * their ancestors. A head's scope is then one key of scopeUnitIds' GIN index: PostgreSQL reads
 * their tasks from it, or intersects it with another index (a text search's) before reading a
 * row, and never scans the sector's tasks; an OR over the four relations could not.
 */
export function taskScopeWhere(actor: TActor): Prisma.TaskWhereInput {
  if (hasSectorWideView(actor)) return {};
  const grants = actor.deputyFor ?? [];
  if (grants.length === 0) return ownScopeWhere(actor);
  // A deputy's scope adds the principal's work, as canViewTask's canViewAsDeputy says.
  return { OR: [ownScopeWhere(actor), ...grants.map(grantScopeWhere)] };
}

function grantScopeWhere(grant: TDeputyGrant): Prisma.TaskWhereInput {
  if (grant.scope === "HEAD_DECISIONS") return ownScopeWhere(grant.principal);
  return {
    OR: [
      { steps: { some: { ownerId: grant.principal.id } } },
      { steps: { some: { consultations: { some: { targetUserId: grant.principal.id } } } } },
    ],
  };
}

function ownScopeWhere(actor: TActor): Prisma.TaskWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (headSubtreePath(actor)) return { scopeUnitIds: { has: actor.unitId } };
  return {
    OR: [
      { units: { some: { unitId: actor.unitId } } },
      { steps: { some: { ownerId: actor.id } } },
      { steps: { some: { consultations: { some: { targetUserId: actor.id } } } } },
    ],
  };
}

/**
 * The path of the unit subtree that is exactly the actor's scope (a head without a sector-wide
 * role: the tasks involving a unit of their subtree), or null when the scope is something else.
 * Lists and searches use it to read the scope from TaskUnit alone (lib/server/search).
 */
export function headSubtreePath(actor: TActor): string | null {
  // A deputy's scope is more than their subtree: lists read it through taskScopeWhere.
  if (actor.deputyFor?.length) return null;
  return !hasSectorWideView(actor) && isUnitHead(actor) ? actor.unitPath : null;
}
