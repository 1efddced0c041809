import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor, TRole } from "../../../lib/domain/access/roles";
import { inspectionScopeWhere } from "../../../lib/server/inspections/inspection-scope";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { usePrivateDb } from "../../support/use-private-db";

const now = new Date("2026-11-18T03:00:00Z");

describe("the demo's inspections", () => {
  let priv: Awaited<ReturnType<typeof usePrivateDb>>;
  beforeAll(async () => {
    priv = await usePrivateDb();
    await seedDemo(priv.db.prisma, now);
  });
  afterAll(async () => {
    await priv?.release();
  });

  const subjectsSeenBy = async (email: string) => {
    const u = await priv.db.prisma.user.findUniqueOrThrow({ where: { email }, include: { unit: true } });
    const actor: TActor = { id: u.id, unitId: u.unitId, unitPath: u.unit.path, roles: u.roles as TRole[] };
    const rows = await priv.db.prisma.inspection.findMany({
      where: inspectionScopeWhere(actor, now),
      select: { kind: true },
    });
    return rows.map((r) => r.kind).sort();
  };

  it("show the inspector all three, Đống Đa none (its surprise inspection has not started), Hai Bà Trưng's and Đà Nẵng's staff their planned one", async () => {
    expect(await subjectsSeenBy("thanhtra@demo.bhxh.vn")).toEqual(["PLANNED", "PLANNED", "SURPRISE"]);
    expect(await subjectsSeenBy("tccb@demo.bhxh.vn")).toEqual(["PLANNED", "PLANNED", "SURPRISE"]);
    expect(await subjectsSeenBy("tainv@demo.bhxh.vn")).toEqual(["PLANNED"]);
    expect(await subjectsSeenBy("truong.dongda@demo.bhxh.vn")).toEqual([]);
    expect(await subjectsSeenBy("nv.dongda@demo.bhxh.vn")).toEqual([]);
    expect(await subjectsSeenBy("hieutv@demo.bhxh.vn")).toEqual(["PLANNED"]);
    expect(await subjectsSeenBy("giamdoc.hanoi@demo.bhxh.vn")).toEqual(["PLANNED"]);
  });

  it("include a concluded inspection of Đà Nẵng whose conclusion's recommendations are tasks with one owner per step", async () => {
    const concluded = await priv.db.prisma.inspection.findFirstOrThrow({
      where: { status: "CONCLUDED" },
      include: {
        inspectedUnit: true,
        findings: { include: { links: true } },
        answers: true,
        conclusion: {
          include: {
            directive: true,
            recommendations: { orderBy: { position: "asc" }, include: { task: { include: { steps: true } } } },
          },
        },
      },
    });
    expect(concluded.inspectedUnit.code).toBe("DN");
    expect(concluded.concludedAt!.getTime()).toBeLessThan(now.getTime());
    expect(concluded.findings.map((f) => f.links.length)).toEqual(expect.arrayContaining([2, 1]));
    expect(concluded.answers).toHaveLength(3);
    expect(concluded.conclusion?.directive).toMatchObject({ kind: "KET_LUAN", number: "27/KL-TTKT" });
    const tasks = concluded.conclusion!.recommendations.map((r) => r.task);
    expect(tasks.map((t) => t.status)).toEqual(["COMPLETED", "IN_PROGRESS"]);
    expect(tasks.every((t) => t.steps.length > 0 && t.steps.every((s) => s.ownerId))).toBe(true);
    const concludedEvents = await priv.db.prisma.event.count({
      where: { kind: "INSPECTION_CONCLUDED", payload: { path: ["inspectionId"], equals: concluded.id } },
    });
    expect(concludedEvents).toBe(1);
  });

  it("ship the two checklists of the directives' obligations", async () => {
    const lists = await priv.db.prisma.checklist.findMany({ include: { items: true } });
    expect(lists.map((l) => l.items.length).sort()).toEqual([5, 8]);
    expect(lists.flatMap((l) => l.items.map((i) => i.citation))).toEqual(
      expect.arrayContaining(["1251/BHXH-TCCB, điểm 2a", "3476/BHXH-TCCB", "1151/BHXH-TTKT, điểm 7", "2165/CT-BHXH"]),
    );
  });
});
