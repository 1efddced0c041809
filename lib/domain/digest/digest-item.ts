/** The sections of a daily digest, in the order they are shown. */
export const digestSections = [
  "overdue",
  "dueToday",
  "consultations",
  "signals",
  "unitNewOverdue",
  "rulings",
  "notifications",
] as const;
export type TDigestSection = (typeof digestSections)[number];

/**
 * One line of someone's digest, as the queries read it: a step (with its task), a consultation
 * on a step, or a signal. `total` is how many lines the person has in that section; the queries
 * send only the first few of each section and this count.
 */
export type TDigestItem = {
  userId: string;
  section: TDigestSection;
  taskId: string;
  taskTitle: string;
  stepId: string | null;
  stepName: string | null;
  deadline: Date | null;
  consultationId: string | null;
  signalId: string | null;
  /** What the line is about beyond the step: the signal's kind, "Trả lại" or "Xin gia hạn"... */
  note: string | null;
  total: number;
};

/** A person the digest goes to. */
export type TDigestRecipient = { id: string; name: string; email: string };
