import { localMonthOf } from "./local-month-of";
import { reportingInstant } from "./reporting-instant";
import type { TRollupBy, TRollupItem, TRollupSignal } from "./rollup-types";

export type TRollupOptions = {
  /**
   * For by 'unit': a unit's row also counts everything in the units below it (by unit path
   * prefix). Units are read from the path segments, which are unit ids.
   */
  includeSubunits?: boolean;
  /**
   * For by 'unit': the units to report. Each gets a row even when empty, and only they get
   * rows. Their paths also place signals whose unit has no item in `items`.
   */
  units?: readonly { id: string; path: string }[];
};

export type TRollupGrouping = {
  itemKeys(item: TRollupItem): string[];
  signalKeys(signal: TRollupSignal): string[];
  /** Keys that get a row even when nothing falls in them. */
  seedKeys: string[];
};

/**
 * Which group(s) an item or a signal belongs to:
 * - person: the item's personId; the signal's subjectUserId (signals about nobody are left out);
 * - unit: the item's unitId and the signal's unitId, or with includeSubunits every unit on
 *   their path (a signal's path comes from `units`, else from an item of the same unit);
 * - directive: the item's directiveId; a signal's task's directive, known from the items
 *   (a signal whose task has no item is left out);
 * - month: the local month of the item's reportingInstant; of the signal's `since`.
 */
export function rollupGrouping(
  by: TRollupBy,
  items: readonly TRollupItem[],
  options: TRollupOptions = {},
): TRollupGrouping {
  const wanted = options.units ? new Set(options.units.map((u) => u.id)) : null;
  const keep = (keys: string[]) => (wanted ? keys.filter((k) => wanted.has(k)) : keys);
  const seedKeys = by === "unit" && options.units ? options.units.map((u) => u.id) : [];
  switch (by) {
    case "person":
      return {
        itemKeys: (i) => (i.personId ? [i.personId] : []),
        signalKeys: (s) => (s.subjectUserId ? [s.subjectUserId] : []),
        seedKeys,
      };
    case "directive": {
      const directiveOfTask = new Map(items.map((i) => [i.taskId, i.directiveId]));
      return {
        itemKeys: (i) => [i.directiveId],
        signalKeys: (s) => [directiveOfTask.get(s.taskId)].filter((d): d is string => d != null),
        seedKeys,
      };
    }
    case "month":
      return {
        itemKeys: (i) => [localMonthOf(reportingInstant(i))],
        signalKeys: (s) => [localMonthOf(s.since)],
        seedKeys,
      };
    case "unit": {
      if (!options.includeSubunits) {
        return { itemKeys: (i) => keep([i.unitId]), signalKeys: (s) => keep([s.unitId]), seedKeys };
      }
      const pathOf = new Map(items.map((i) => [i.unitId, i.unitPath]));
      for (const u of options.units ?? []) pathOf.set(u.id, u.path);
      const segments = (path: string | undefined) => (path ? path.split("/").filter(Boolean) : []);
      return {
        itemKeys: (i) => keep(segments(i.unitPath)),
        signalKeys: (s) => keep(segments(pathOf.get(s.unitId))),
        seedKeys,
      };
    }
  }
}
