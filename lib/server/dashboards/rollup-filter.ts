import "server-only";
import type { TPeriod } from "@/lib/domain/rollups";

/** What the roll-ups count: steps (the accountable unit of work) or whole tasks. */
export type TRollupLevel = "step" | "task";

/**
 * The slice of work a roll-up reads. `scopePath` is a unit's materialised path and is the
 * security boundary: every query keeps only rows whose unit lies at or below it, so callers
 * resolve it from the actor (getDashboardUnitOrThrow), never from the request.
 */
export type TRollupFilter = {
  scopePath: string;
  /** Half-open [from, to): items by completion (else deadline), signals by `since`. */
  period?: TPeriod | null;
  directiveId?: string | null;
  /** Only this person's steps and the signals about them. */
  personId?: string | null;
  /** Only these people's steps and the signals about them (a short list, for a ranking). */
  personIds?: readonly string[] | null;
  level?: TRollupLevel;
};
