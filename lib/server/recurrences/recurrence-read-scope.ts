import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";

/**
 * The subtree whose recurrences the actor may read, as a path prefix: the whole sector for the
 * sector-wide roles, a head's own unit and those below it; null for everyone else (a staff
 * member sees the instances they own in their own lists, not the rule behind them).
 */
export function recurrenceReadScope(actor: Pick<TActor, "roles" | "unitPath">): string | null {
  if (hasSectorWideView(actor)) return "/";
  if (isUnitHead(actor)) return actor.unitPath;
  return null;
}
