// A list of its own, without zod, as step-kinds.ts: the unit forms' option lists import it.
export const unitLevels = ["CENTRAL", "DEPARTMENT", "PROVINCE", "DISTRICT"] as const;
export type TUnitLevel = (typeof unitLevels)[number];
