import { UTC_OFFSET_MS } from "../calendar/time-zone";
import { formatDate } from "./format-date";

/** 'dd/mm/yyyy HH:mm' (24-hour) in Asia/Ho_Chi_Minh, whatever the server's time zone. */
export function formatDateTime(instant: Date): string {
  const date = formatDate(instant);
  const shifted = new Date(instant.getTime() + UTC_OFFSET_MS);
  const hours = String(shifted.getUTCHours()).padStart(2, "0");
  const minutes = String(shifted.getUTCMinutes()).padStart(2, "0");
  return `${date} ${hours}:${minutes}`;
}
