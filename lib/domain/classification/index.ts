export { classificationCategories } from './classification-category';
export type { TClassificationCategory } from './classification-category';
export { classificationLabel } from './classification-label';
export { classifyItem } from './classify-item';
export type { TClassifiableItem, TClassification, TClassificationPolicy } from './classify-item';
