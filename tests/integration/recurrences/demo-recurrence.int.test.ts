import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRecurringTasks } from "../../../lib/server/recurrences/run-recurring-tasks";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { usePrivateDb } from "../../support/use-private-db";

// Wednesday 18/11/2026: October's report (due 20/10) is behind, November's (due 20/11) ahead.
const now = new Date("2026-11-18T03:00:00Z");

describe("the demo's monthly report under 1151", () => {
  let priv: Awaited<ReturnType<typeof usePrivateDb>>;
  beforeAll(async () => {
    priv = await usePrivateDb();
    await seedDemo(priv.db.prisma, now);
  });
  afterAll(async () => {
    await priv?.release();
  });

  const instances = () =>
    priv.db.prisma.task.findMany({
      where: { recurrence: { directive: { number: "1151/BHXH-TTKT" } } },
      orderBy: { recurrencePeriod: "asc" },
      select: { recurrencePeriod: true, status: true, deadline: true, completedAt: true },
    });

  it("has its past months done, one of them late, each due on day 20", async () => {
    const past = await instances();
    expect(past.map((t) => t.recurrencePeriod)).toEqual(["2026-08", "2026-09", "2026-10"]);
    expect(past.every((t) => t.status === "COMPLETED")).toBe(true);
    expect(past.map((t) => t.deadline.toISOString())).toEqual([
      "2026-08-20T16:59:59.999Z",
      "2026-09-20T16:59:59.999Z",
      "2026-10-20T16:59:59.999Z",
    ]);
    expect(past.map((t) => t.completedAt! > t.deadline)).toEqual([false, true, false]);
  });

  it("gets this month's report from the job, once", async () => {
    expect((await runRecurringTasks(now)).created).toBe(1);
    expect((await runRecurringTasks(now)).created).toBe(0);
    expect((await instances()).map((t) => t.recurrencePeriod)).toEqual(["2026-08", "2026-09", "2026-10", "2026-11"]);
  });
});
