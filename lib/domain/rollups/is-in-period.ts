import type { TPeriod } from "./rollup-types";

/** True when `instant` lies in the half-open period [from, to). */
export function isInPeriod(instant: Date, period: TPeriod): boolean {
  const t = instant.getTime();
  return t >= period.from.getTime() && t < period.to.getTime();
}
