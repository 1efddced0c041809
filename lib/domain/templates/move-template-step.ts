/** The steps with the one at `index` moved `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveTemplateStep<T>(steps: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const copy = [...steps];
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return copy;
  const [moved] = copy.splice(index, 1);
  copy.splice(target, 0, moved);
  return copy;
}
