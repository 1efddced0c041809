import { localDateOf } from "../calendar/local-date-of";
import { formatLocalDate } from "./format-local-date";

/** 'dd/mm/yyyy' in Asia/Ho_Chi_Minh, whatever the server's time zone. */
export function formatDate(instant: Date): string {
  return formatLocalDate(localDateOf(instant));
}
