import type { TSignalKind } from '../signals/signal-kind';

/**
 * One criterion for proposing a review (kiểm điểm): at least `atLeast` distinct pieces of
 * work (a consultation, else a step, else a task) with a counting signal of one of `kinds`
 * in the period. `text` is shown with each candidate, so the rule is never hidden.
 */
export type TReviewRule = {
  id: string;
  kinds: readonly TSignalKind[];
  atLeast: number;
  text: string;
};

/** The shipped criteria; a person meeting ANY one of them is a candidate. */
export const defaultReviewCriteria: readonly TReviewRule[] = [
  {
    id: 'OVERDUE_NO_EXTENSION',
    kinds: ['OVERDUE_NO_EXTENSION'],
    atLeast: 2,
    text: 'Từ 2 việc quá hạn trở lên mà không xin gia hạn trong kỳ',
  },
  {
    id: 'RETURN_OVERRULED',
    kinds: ['RETURN_OVERRULED'],
    atLeast: 1,
    text: 'Có việc trả lại vì "không thuộc thẩm quyền" bị lãnh đạo bác trong kỳ',
  },
  {
    id: 'CONSULTATION',
    kinds: ['CONSULTATION_LATE', 'CONSULTATION_UNANSWERED', 'CONSULTATION_VAGUE'],
    atLeast: 2,
    text: 'Từ 2 lần trở lên trả lời xin ý kiến chậm, không trả lời hoặc trả lời chung chung, né tránh trong kỳ',
  },
  {
    id: 'PING_PONG',
    kinds: ['PING_PONG'],
    atLeast: 2,
    text: 'Từ 2 việc trở lên bị chuyển qua lại, đùn đẩy trong kỳ',
  },
  {
    id: 'UNDECIDED',
    kinds: ['UNDECIDED'],
    atLeast: 2,
    text: 'Từ 2 việc trở lên thuộc thẩm quyền quyết định bị chậm quyết định trong kỳ',
  },
];
