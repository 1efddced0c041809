import type { priorities } from "@/lib/schemas/priorities";
import type { stepKinds } from "@/lib/schemas/step-kinds";
import type { TEvaluationScheme } from "./evaluation-scheme";
import type { TProduct } from "./score-products";

/** A step a person owned, as the evaluation reads it from the tracker. */
export type TOwnedStep = {
  id: string;
  kind: (typeof stepKinds)[number];
  priority: (typeof priorities)[number];
  /** A weight set on the task by whoever assigned it; wins over the scheme's. */
  explicitWeight: number | null;
  /** The current deadline (after approved extensions) and the first one. */
  deadline: Date;
  originalDeadline: Date;
  completedAt: Date | null;
  /** The step's delay was explained and the explanation accepted as an objective cause. */
  explanationAccepted: boolean;
};

export type TPeriodProduct = TProduct & {
  /** Why no timeliness point was lost where one could have been: shown on the scorecard with its evidence. */
  exemption: "EXPLANATION_ACCEPTED" | "EXTENSION_MET" | null;
};

/**
 * A person's products in a period [from, to]: the steps they owned that were completed in it,
 * or fell due in it without being completed in it (then they count as not completed). A step
 * due in one period and completed in the next is a product of both: missed in the first, done
 * late in the second, as Decree 335 compares what was assigned and what was completed in each.
 * Its weight is the task's own, else its step kind's times its priority's. An approved
 * extension met by its new deadline is on time (its deadline is the new one) and is shown as an
 * exemption; an accepted explanation exempts a late one from the timeliness deduction.
 */
export function productsOfPeriod(
  steps: readonly TOwnedStep[],
  period: { from: Date; to: Date },
  scheme: TEvaluationScheme,
): TPeriodProduct[] {
  const within = (d: Date | null) => d !== null && d >= period.from && d <= period.to;
  return steps
    .filter((s) => within(s.completedAt) || (within(s.deadline) && !(s.completedAt && s.completedAt <= period.to)))
    .map((s) => {
      const completed = within(s.completedAt);
      const late = completed && s.completedAt! > s.deadline;
      const extended = s.deadline > s.originalDeadline;
      const weight = s.explicitWeight ?? scheme.weights.stepKind[s.kind] * scheme.weights.priority[s.priority];
      return {
        id: s.id,
        weight,
        completed,
        late,
        lateExempt: late && s.explanationAccepted,
        meetsQuality: null,
        majorErrors: 0,
        exemptErrors: 0,
        exemption:
          late && s.explanationAccepted
            ? "EXPLANATION_ACCEPTED"
            : completed && !late && extended
              ? "EXTENSION_MET"
              : null,
      };
    });
}
