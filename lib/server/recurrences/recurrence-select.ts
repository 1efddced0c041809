import "server-only";

/** What the job needs of a recurrence to lay out one instance. */
export const recurrenceForInstanceSelect = {
  id: true,
  title: true,
  description: true,
  directiveId: true,
  leadUnitId: true,
  templateId: true,
  priority: true,
  frequency: true,
  deadlineRule: true,
  deadlineDay: true,
  deadlineNextMonth: true,
  deadlineOffset: true,
  leadDays: true,
  startsOn: true,
  stoppedAt: true,
  createdBy: { select: { id: true, unitId: true, roles: true, isActive: true, unit: { select: { path: true } } } },
  steps: { orderBy: { order: "asc" }, select: { ownerId: true, durationDays: true } },
} as const;
