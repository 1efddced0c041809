import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assignmentScopeOf } from "./assignment-scope-of";

/**
 * Where a new task comes from, checked against the actor: they may assign tasks at all
 * (FORBIDDEN), the directive exists and, for a sub-task, the parent task is one they may see
 * (NOT_FOUND otherwise, like a missing one) and belongs to that directive. `leadScope` is the
 * path prefix the lead unit must fall under: the actor's assignment scope, narrowed to the
 * parent's lead unit subtree for a sub-task (the lead unit itself is excluded by the caller).
 */
export async function loadTaskOrigin(
  tx: Prisma.TransactionClient,
  actor: TActor,
  input: { directiveId?: string; parentTaskId?: string },
) {
  const scope = assignmentScopeOf(actor);
  if (!scope) throw new DomainError("FORBIDDEN", msg("errors.assignTasksForbidden"));
  const parent = input.parentTaskId
    ? await tx.task.findFirst({
        where: { AND: [{ id: input.parentTaskId }, taskScopeWhere(actor)] },
        select: {
          id: true,
          title: true,
          point: true,
          directiveId: true,
          deadline: true,
          leadUnit: { select: { id: true, name: true, path: true } },
        },
      })
    : null;
  if (input.parentTaskId && !parent) throw new DomainError("NOT_FOUND", msg("errors.parentTaskNotFound"));
  if (parent && input.directiveId && parent.directiveId !== input.directiveId) {
    const message = msg("errors.subtaskSameDirective");
    throw new DomainError("INVALID_INPUT", message, { directiveId: [message] });
  }
  const directiveId = parent?.directiveId ?? input.directiveId;
  const directive = directiveId
    ? await tx.directive.findUnique({ where: { id: directiveId }, select: { id: true, number: true, subject: true } })
    : null;
  if (!directive) throw new DomainError("NOT_FOUND", msg("errors.taskDirectiveNotFound"));
  const leadScope = parent ? narrowerPath(scope, parent.leadUnit.path) : scope;
  if (!leadScope) throw new DomainError("FORBIDDEN", msg("errors.subtaskOutsideScope"));
  return { directive, parent, leadScope };
}

/** The deeper of two paths when one contains the other; null when the subtrees are disjoint. */
function narrowerPath(a: string, b: string): string | null {
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return null;
}
