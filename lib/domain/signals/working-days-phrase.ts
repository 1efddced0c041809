/** '4 ngày làm việc', or 'chưa đến 1 ngày làm việc' for 0 (e.g. a Friday deadline seen on Sunday). */
export function workingDaysPhrase(days: number): string {
  return days > 0 ? `${days} ngày làm việc` : 'chưa đến 1 ngày làm việc';
}
