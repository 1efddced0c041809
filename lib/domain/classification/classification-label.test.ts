import { describe, expect, it } from 'vitest';
import { classificationCategories } from './classification-category';
import { classificationLabel } from './classification-label';

describe('classificationLabel', () => {
  it.each([
    ['IN_TIME', 'Trong hạn'],
    ['DUE_SOON', 'Sắp đến hạn'],
    ['OVERDUE', 'Quá hạn'],
    ['DONE_ON_TIME', 'Hoàn thành đúng hạn'],
    ['DONE_LATE', 'Hoàn thành quá hạn'],
  ] as const)('labels %s as "%s"', (category, label) => {
    expect(classificationLabel[category]).toBe(label);
  });

  it('has a label for every category and nothing else', () => {
    expect(Object.keys(classificationLabel).sort()).toEqual([...classificationCategories].sort());
  });
});
