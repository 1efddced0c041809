import { expect } from "vitest";
import type { TDb } from "../../../lib/server/db/prisma";

const cellColumns = `"level", "unitId", "personId", "month", "state", "n", "daysLate", "extended", "doneWithinExtension"`;

type TCell = {
  level: string;
  unitId: string;
  personId: string;
  month: string;
  state: string;
  n: number;
  daysLate: number;
};

/**
 * The cells the triggers kept, and the cells a recount from the rows gives, for these units;
 * the other roll-up tables (people's years, directive pairs, signal cells) are checked equal here.
 */
export async function rollupCellsAndRecount(db: TDb, unitIds: string[]) {
  const order = `ORDER BY 1, 2, 3, 4, 5`;
  const kept = await db.$queryRawUnsafe<TCell[]>(
    `SELECT ${cellColumns} FROM "RollupCell" WHERE "unitId" = ANY($1::text[])
     UNION ALL SELECT ${cellColumns} FROM "RollupPersonCell" WHERE "unitId" = ANY($1::text[]) ${order}`,
    unitIds,
  );
  const counted = await db.$queryRawUnsafe<TCell[]>(
    `SELECT ${cellColumns} FROM "rollup_cells_counted"() WHERE "unitId" = ANY($1::text[]) ${order}`,
    unitIds,
  );
  // The units' own totals and the people's cells each in their table.
  const misplaced = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT ((SELECT count(*) FROM "RollupCell" WHERE "unitId" = ANY($1::text[]) AND "personId" <> '')
      + (SELECT count(*) FROM "RollupPersonCell" WHERE "unitId" = ANY($1::text[]) AND "personId" = ''))::int AS n`,
    unitIds,
  );
  expect(misplaced[0].n).toBe(0);
  const years = `SELECT "unitId", "personId", "year", "doneOnTime", "doneLate" FROM`;
  expect(
    await db.$queryRawUnsafe(`${years} "RollupPersonYear" WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2, 3`, unitIds),
  ).toEqual(
    await db.$queryRawUnsafe(
      `${years} "rollup_person_years_counted"() WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2, 3`,
      unitIds,
    ),
  );
  const pairs = `SELECT "unitId", "directiveId", "n" FROM`;
  const keptPairs = await db.$queryRawUnsafe(
    `${pairs} "RollupDirectiveUnit" WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2`,
    unitIds,
  );
  const countedPairs = await db.$queryRawUnsafe(
    `${pairs} "rollup_directive_units_counted"() WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2`,
    unitIds,
  );
  expect(keptPairs).toEqual(countedPairs);
  const signals = `SELECT "unitId", "personId", "month", "kind", "n" FROM`;
  const keptSignals = await db.$queryRawUnsafe(
    `${signals} "RollupSignalCell" WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2, 3, 4`,
    unitIds,
  );
  const countedSignals = await db.$queryRawUnsafe(
    `${signals} "rollup_signal_cells_counted"() WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2, 3, 4`,
    unitIds,
  );
  expect(keptSignals).toEqual(countedSignals);
  return { kept, counted };
}
