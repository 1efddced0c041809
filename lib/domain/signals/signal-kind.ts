/** The accountability signals the product computes (DOMAIN.md, "Accountability signals"). */
export const signalKinds = [
  "OVERDUE_NO_EXTENSION",
  "PING_PONG",
  "RETURN_OVERRULED",
  "CONSULTATION_LATE",
  "CONSULTATION_UNANSWERED",
  "CONSULTATION_VAGUE",
  "STALLED",
  "UNDECIDED",
] as const;

export type TSignalKind = (typeof signalKinds)[number];
