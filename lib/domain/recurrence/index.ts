export * from "./recurrence-rule";
export { periodOf } from "./period-of";
export { periodFromKey, frequencyOfKey, daysInMonth } from "./period-from-key";
export { nextPeriod } from "./next-period";
export { deadlineOfPeriod } from "./deadline-of-period";
export { duePeriods, nextDuePeriod, createOnOf, type TDuePeriod } from "./due-periods";
export { describeRecurrence } from "./describe-recurrence";
export { stepDeadlinesBefore } from "./step-deadlines-before";
export { periodLabel } from "./period-label";
