import "server-only";

/** What a template screen shows of a template: its unit, its steps in order and how many tasks use it. */
export const templateSelect = {
  id: true,
  name: true,
  description: true,
  isActive: true,
  unitId: true,
  unit: { select: { name: true, path: true } },
  steps: { orderBy: { order: "asc" }, select: { name: true, kind: true, defaultDurationDays: true } },
  _count: { select: { tasks: true } },
} as const;
