import "server-only";
import type { TUnitHoldings } from "@/lib/domain/units/unit-close-refusal";
import type { Prisma } from "@/lib/server/db/prisma";
import { findWorkToHandOver, type TWorkToHandOver } from "./find-work-to-hand-over";

/**
 * What still depends on a unit: its active people, its open child units, its open work; with
 * that work task by task, so that a merge hands over what was counted without reading it again.
 */
export async function countUnitHoldings(
  tx: Prisma.TransactionClient,
  unitId: string,
): Promise<{ holdings: TUnitHoldings; work: TWorkToHandOver[] }> {
  const [activePeople, openChildUnits, work] = await Promise.all([
    tx.user.count({ where: { unitId, isActive: true } }),
    tx.unit.count({ where: { parentId: unitId, closedAt: null } }),
    findWorkToHandOver(tx, unitId),
  ]);
  return { holdings: { activePeople, openChildUnits, openTasks: work.length }, work };
}
