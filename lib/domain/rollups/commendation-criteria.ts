/** What it takes to be proposed for commendation (biểu dương); see commendationCandidates. */
export type TCommendationCriteria = { minDoneOnTime: number };

export const defaultCommendationCriteria: TCommendationCriteria = { minDoneOnTime: 5 };

/** The criteria as text, in the order they are checked. */
export function commendationCriteriaText(criteria: TCommendationCriteria): string[] {
  return [
    `Hoàn thành từ ${criteria.minDoneOnTime} việc trở lên trong kỳ`,
    'Tất cả việc hoàn thành trong kỳ đều đúng hạn (100%)',
    'Không có việc quá hạn, kể cả việc tồn từ kỳ trước',
    'Không có cảnh báo trách nhiệm nào bị tính trong kỳ',
  ];
}
