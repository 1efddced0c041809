export { formatDate } from "./format-date";
export { formatDateTime } from "./format-date-time";
export { formatLocalDate } from "./format-local-date";
export { parseDayMonthYear } from "./parse-day-month-year";
