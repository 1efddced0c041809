// Lists of their own, without zod, as step-kinds.ts: the person form's options import them.
export const roles = ["STAFF", "UNIT_HEAD", "TCCB_MONITOR", "INSPECTOR", "ADMIN"] as const;
export const positions = ["STAFF", "DEPUTY_HEAD", "HEAD"] as const;
export type TRoleName = (typeof roles)[number];
export type TPositionName = (typeof positions)[number];
