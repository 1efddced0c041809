/**
 * The frame around a data table: it scrolls sideways on a narrow screen instead of widening the
 * page. `relative` makes it the containing block of the table's visually hidden (absolutely
 * positioned) labels, which would otherwise escape the scroll box and widen the page anyway.
 */
export const tableFrame = "relative overflow-x-auto rounded-lg border border-slate-200 bg-white";

/** The same sideways scroll for the printed report's ruled tables, which print whole. */
export const printTableFrame = "relative overflow-x-auto print:overflow-visible";
