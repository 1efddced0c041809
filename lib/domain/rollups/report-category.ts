/**
 * The four categories of government task-tracking reports. "Due soon" is not one of them:
 * it is counted inside IN_TIME.
 */
export const reportCategories = ["DONE_ON_TIME", "DONE_LATE", "IN_TIME", "OVERDUE"] as const;

export type TReportCategory = (typeof reportCategories)[number];
