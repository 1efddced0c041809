import type { TSignal } from "./signal";

export type TAnswerStatus = "ANSWERED" | "ACCEPTED" | "REJECTED";

/**
 * The person's explanation (giải trình) of one signal and the head's ruling on it:
 * ANSWERED = explained, not yet ruled; ACCEPTED = the head accepted an objective cause;
 * REJECTED = the head did not accept it. Extra fields (text, who, when) pass through.
 */
export type TSignalAnswer = { signalKey: string; status: TAnswerStatus };

export type TAnsweredSignal<S extends TSignal = TSignal, A extends TSignalAnswer = TSignalAnswer> = S & {
  answerStatus: "UNANSWERED" | TAnswerStatus;
  answer: A | null;
  /** False only when the answer was ACCEPTED: the signal stays listed but no longer counts. */
  countsAgainstPerson: boolean;
};

/**
 * Joins answers to signals by `key`. When a key has several answers, the last one in the
 * array wins, so pass them oldest first. Answers whose key no longer matches a signal are
 * ignored here (their history is kept where they are stored).
 */
export function applyAnswers<S extends TSignal, A extends TSignalAnswer>(
  signals: readonly S[],
  answers: readonly A[],
): TAnsweredSignal<S, A>[] {
  const latest = new Map<string, A>();
  for (const answer of answers) latest.set(answer.signalKey, answer);
  return signals.map((signal) => {
    const answer = latest.get(signal.key) ?? null;
    return {
      ...signal,
      answerStatus: answer?.status ?? "UNANSWERED",
      answer,
      countsAgainstPerson: answer?.status !== "ACCEPTED",
    };
  });
}
