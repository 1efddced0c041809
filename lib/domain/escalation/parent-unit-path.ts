const UNIT_PATH = /^(\/[^/]+)+\/$/;

/**
 * The parent of a materialised unit path, "/root/child/" → "/root/"; null for the root
 * ("/root/"), which has no parent. Throws RangeError for a malformed path.
 */
export function parentUnitPath(unitPath: string): string | null {
  if (!UNIT_PATH.test(unitPath)) throw new RangeError(`Malformed unit path "${unitPath}"`);
  const parent = unitPath.slice(0, unitPath.lastIndexOf("/", unitPath.length - 2) + 1);
  return parent === "/" ? null : parent;
}
