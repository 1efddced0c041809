import { beforeAll, describe, expect, it } from "vitest";
import { createDirective } from "../../../lib/server/directives/create-directive";
import { DIRECTIVES_PAGE_SIZE, findDirectives } from "../../../lib/server/directives/find-directives";
import { getDirectiveOrThrow } from "../../../lib/server/directives/get-directive-or-throw";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { uniqueDirectiveNumber } from "../tasks-create/fixtures";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T10:00:00Z");

describe("the directive register", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  /** A made-up word only this file's directives contain, so other files' data never matches. */
  const marker = `zq${unique()}`;
  let parentId: string;
  let childId: string;
  let childNumber: string;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const add = (subject: string, implementsNumber = "") =>
      createDirective(
        tree.people.tccb.actor,
        {
          number: uniqueDirectiveNumber(),
          kind: "CONG_VAN",
          issuer: "BHXH Việt Nam",
          issuedOn: "2026-11-02",
          subject,
          summary: "",
          implementsNumber,
        },
        now,
      );
    const parent = await add(`V/v tăng cường kỷ luật, kỷ cương ${marker}`);
    parentId = parent.id;
    const child = await add(`V/v chấn chỉnh tình trạng đùn đẩy, né tránh ${marker}`, parent.number);
    childId = child.id;
    childNumber = child.number;
    for (let i = 0; i < DIRECTIVES_PAGE_SIZE; i++) await add(`V/v báo cáo định kỳ ${marker} số ${i}`);
    await testDb.prisma.attachment.create({
      data: {
        directiveId: childId,
        fileName: "cong-van.pdf",
        mimeType: "application/pdf",
        sizeBytes: 248_731,
        storageKey: `test/${marker}.pdf`,
      },
    });
    const { dongDaStaff, dongDaHead, daNangStaff, daNangHead } = tree.people;
    await createTask(testDb.prisma, {
      directiveId: childId,
      leadUnitId: tree.units.dongDa.id,
      assignerId: dongDaHead.id,
      title: `Nhiệm vụ Đống Đa ${marker}`,
      steps: [
        { owner: dongDaStaff, deadline: later, status: "DONE", completedAt: now },
        { owner: dongDaStaff, deadline: later, status: "IN_PROGRESS" },
        { owner: dongDaHead, deadline: later, status: "PENDING" },
      ],
    });
    await createTask(testDb.prisma, {
      directiveId: childId,
      leadUnitId: tree.units.daNang.id,
      assignerId: daNangHead.id,
      title: `Nhiệm vụ Đà Nẵng ${marker}`,
      steps: [{ owner: daNangStaff, deadline: later }],
    });
  });

  it.each([
    ["words without diacritics", () => `dun day ${marker}`],
    ["words with diacritics, in another order", () => `né tránh ĐÙN ĐẨY ${marker}`],
    ["the number and symbol", () => childNumber],
  ])("finds a directive by %s", async (_label, q) => {
    const { items } = await findDirectives(tree.people.dongDaStaff.actor, { q: q(), page: 1 }, now);
    expect(items.map((d) => d.id)).toEqual([childId]);
  });

  it("pages through the results", async () => {
    const first = await findDirectives(tree.people.dongDaStaff.actor, { q: marker, page: 1 }, now);
    const second = await findDirectives(tree.people.dongDaStaff.actor, { q: marker, page: 2 }, now);
    expect(first.total).toBe(DIRECTIVES_PAGE_SIZE + 2);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(DIRECTIVES_PAGE_SIZE);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((d) => d.id)).size).toBe(DIRECTIVES_PAGE_SIZE + 2);
  });

  it("serves the same second page after the first page's last directive (the API's keyset cursor) as by number", async () => {
    const actor = tree.people.dongDaStaff.actor;
    const first = await findDirectives(actor, { q: marker, page: 1 }, now);
    const last = first.items.at(-1)!;
    const byNumber = await findDirectives(actor, { q: marker, page: 2 }, now);
    const byKey = await findDirectives(
      actor,
      { q: marker, page: 1, after: { issuedAt: last.issuedAt, number: last.number } },
      now,
    );
    expect(first.hasMore).toBe(true);
    expect(byKey.items.map((d) => d.id)).toEqual(byNumber.items.map((d) => d.id));
    expect([byKey.hasMore, byNumber.hasMore]).toEqual([false, false]);
  });

  it("counts only the tasks the actor may see", async () => {
    const count = async (who: "dongDaStaff" | "tccb") =>
      (await findDirectives(tree.people[who].actor, { q: `dun day ${marker}`, page: 1 }, now)).items[0].taskCount;
    expect(await count("dongDaStaff")).toBe(1);
    expect(await count("tccb")).toBe(2);
  });

  it("opens a directive with its links, attachments and the actor's tasks with their progress", async () => {
    const d = await getDirectiveOrThrow(tree.people.hanoiHead.actor, childId, now);
    expect(d.implements?.id).toBe(parentId);
    expect(d.attachments).toEqual([expect.objectContaining({ fileName: "cong-van.pdf", sizeBytes: 248_731 })]);
    expect(d.taskCount).toBe(1);
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0]).toMatchObject({
      title: `Nhiệm vụ Đống Đa ${marker}`,
      leadUnit: { name: tree.units.dongDa.name },
      progress: { done: 1, total: 3 },
    });
    expect(d.tasks[0].classification.category).toBe("IN_TIME");
    const parent = await getDirectiveOrThrow(tree.people.hanoiHead.actor, parentId, now);
    expect(parent.implementedBy.map((x) => x.id)).toEqual([childId]);
  });

  it("shows TCCB every task of the directive", async () => {
    const d = await getDirectiveOrThrow(tree.people.tccb.actor, childId, now);
    expect(d.tasks.map((t) => t.title).sort()).toEqual([`Nhiệm vụ Đà Nẵng ${marker}`, `Nhiệm vụ Đống Đa ${marker}`]);
  });

  it("answers NOT_FOUND for a directive that does not exist", async () => {
    await expect(
      getDirectiveOrThrow(tree.people.tccb.actor, "00000000-0000-4000-8000-000000000000", now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
