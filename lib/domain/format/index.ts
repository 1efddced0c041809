export { formatDate } from './format-date';
export { formatDateTime } from './format-date-time';
export { formatLocalDate } from './format-local-date';
