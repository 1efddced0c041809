/** The five categories Vietnamese government task-tracking reports count by. */
export const classificationCategories = ["IN_TIME", "DUE_SOON", "OVERDUE", "DONE_ON_TIME", "DONE_LATE"] as const;

export type TClassificationCategory = (typeof classificationCategories)[number];
