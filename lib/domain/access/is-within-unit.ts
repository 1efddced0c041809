/** True when the unit at `unitPath` is `ancestorPath` itself or lies below it in the tree. */
export function isWithinUnit(unitPath: string, ancestorPath: string): boolean {
  return unitPath.startsWith(ancestorPath);
}
