import type { TClassificationCategory } from './classification-category';

export const classificationLabel: Readonly<Record<TClassificationCategory, string>> = {
  IN_TIME: 'Trong hạn',
  DUE_SOON: 'Sắp đến hạn',
  OVERDUE: 'Quá hạn',
  DONE_ON_TIME: 'Hoàn thành đúng hạn',
  DONE_LATE: 'Hoàn thành quá hạn',
};
