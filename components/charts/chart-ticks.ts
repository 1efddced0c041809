/**
 * The y-axis of a count chart: 0 and at most `maxTicks` more whole-number steps of 1, 2 or 5
 * times a power of ten, the top one at or above `max`, so the tallest bar always fits and the
 * grid reads as round numbers.
 */
export function chartTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let magnitude = 1;
  for (;;) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (Math.ceil(top / step) <= maxTicks) {
        return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
      }
    }
    magnitude *= 10;
  }
}
