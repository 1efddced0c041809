export { classificationCategories } from "./classification-category";
export type { TClassificationCategory } from "./classification-category";
export { classifyItem } from "./classify-item";
export type { TClassifiableItem, TClassification, TClassificationPolicy } from "./classify-item";
