import type { TEscalationLevel } from "./escalation-level";

/** A manual escalation (Escalation row of kind MANUAL) raised on the same step. */
export type TManualEscalation = { level: number; at: Date; resolvedAt?: Date | null };

export type TEffectiveEscalation = {
  level: TEscalationLevel;
  source: "NONE" | "AUTOMATIC" | "MANUAL";
  /** When the deciding manual escalation was raised; null unless source is MANUAL. */
  manualAt: Date | null;
};

/**
 * Manual escalations (a matter beyond the unit's authority, reported up by hand) join the
 * automatic ladder: the effective level is the higher of the automatic level and the
 * unresolved manual ones (resolvedAt set = resolved, ignored). A manual escalation wins a
 * tie, since a person chose to raise it; among equal manual ones the earliest is reported.
 */
export function effectiveEscalation(input: {
  automaticLevel: TEscalationLevel;
  manual: readonly TManualEscalation[];
}): TEffectiveEscalation {
  let best: TManualEscalation | null = null;
  for (const m of input.manual) {
    if (!Number.isInteger(m.level) || m.level < 1 || m.level > 4) {
      throw new RangeError(`A manual escalation level must be 1 to 4, got ${m.level}`);
    }
    if (m.resolvedAt != null) continue;
    if (!best || m.level > best.level || (m.level === best.level && m.at.getTime() < best.at.getTime())) best = m;
  }
  if (best && best.level >= input.automaticLevel) {
    return { level: best.level as TEscalationLevel, source: "MANUAL", manualAt: best.at };
  }
  const level = input.automaticLevel;
  return { level, source: level === 0 ? "NONE" : "AUTOMATIC", manualAt: null };
}
