import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { runDailyDigest } from "../../../lib/server/digest/run-daily-digest";
import { createConsultation } from "../../factories/create-consultation";
import { createExtensionRequest } from "../../factories/create-extension-request";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

// March 2039, which no other file uses (and before 2040, the dev mailbox test's "newest"):
// Tuesday 08/03 is made a holiday and Saturday 12/03 a swapped working day.
const at0730 = (date: string) => new Date(`${date}T00:30:00Z`);
const MONDAY = "2039-03-07";

type TTree = Awaited<ReturnType<typeof createUnitTree>>;

describe("the daily-digest job", () => {
  let tree: TTree;
  let gone: Awaited<ReturnType<typeof createUser>>;
  const mailsTo = (email: string) =>
    testDb.prisma.mailMessage.findMany({
      where: { recipient: email, kind: "daily-digest" },
      orderBy: { createdAt: "asc" },
    });

  beforeAll(async () => {
    const db = testDb.prisma;
    await db.calendarDay.createMany({
      data: [
        { date: "2039-03-08", year: 2039, kind: "HOLIDAY", name: "Ngày nghỉ thử" },
        { date: "2039-03-12", year: 2039, kind: "WORKING_DAY", name: "Làm bù thử" },
      ],
      skipDuplicates: true,
    });
    tree = await createUnitTree(db);
    const { dongDaStaff: staff, dongDaHead: head } = tree.people;
    const task = (title: string, deadline: string, status: "IN_PROGRESS" | "RETURNED" = "IN_PROGRESS") =>
      createTask(db, {
        leadUnitId: tree.units.dongDa.id,
        assignerId: head.id,
        title,
        steps: [{ owner: staff, deadline: endOfLocalDay(deadline), status }],
      });
    await task("Việc quá hạn từ lâu", "2039-03-02");
    await task("Việc quá hạn hôm Chủ nhật", "2039-03-06");
    await task("Việc đến hạn hôm nay", MONDAY);
    await task("Việc còn xa", "2039-03-25");
    const returned = await task("Việc bị trả lại", "2039-03-25", "RETURNED");
    const extended = await task("Việc xin gia hạn", "2039-03-25");
    await createExtensionRequest(db, {
      stepId: extended.steps[0].id,
      requesterId: staff.id,
      previousDeadline: endOfLocalDay("2039-03-25"),
      requestedDeadline: endOfLocalDay("2039-04-05"),
    });
    const asking = await createTask(db, {
      leadUnitId: tree.units.haiBaTrung.id,
      assignerId: tree.people.hbtHead.id,
      title: "Việc xin ý kiến",
      steps: [{ owner: tree.people.hbtHead, deadline: endOfLocalDay("2039-03-25") }],
    });
    await createConsultation(db, {
      stepId: asking.steps[0].id,
      requesterId: tree.people.hbtHead.id,
      targetUserId: staff.id,
      responseDeadline: endOfLocalDay("2039-03-10"),
    });
    // A consultation addressed to a unit waits on that unit's head.
    await createConsultation(db, {
      stepId: asking.steps[0].id,
      requesterId: tree.people.hbtHead.id,
      targetUnitId: tree.units.daNang.id,
      responseDeadline: endOfLocalDay("2039-03-10"),
    });
    // Someone who left, with an overdue step: no digest.
    gone = await createUser(db, tree.units.dongDa, { isActive: false });
    await createTask(db, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: head.id,
      steps: [{ owner: { id: gone.id, unitId: tree.units.dongDa.id }, deadline: endOfLocalDay("2039-03-01") }],
    });
    // Since the previous digest (none here: the day before): an outcome (DIGEST by default), a
    // hand-over (IMMEDIATE by default, mailed at once, not here) and one the person moved to DIGEST.
    const notify = (kind: "EXTENSION_APPROVED" | "STEP_ASSIGNED" | "STEP_TURN", taskId: string, stepId: string) =>
      db.notification.create({
        data: { recipientId: staff.id, kind, actorId: head.id, taskId, stepId, createdAt: at0730("2039-03-06") },
      });
    await notify("EXTENSION_APPROVED", extended.id, extended.steps[0].id);
    await notify("STEP_ASSIGNED", returned.id, returned.steps[0].id);
    await notify("STEP_TURN", asking.id, asking.steps[0].id);
    await db.notificationPreference.create({ data: { userId: staff.id, kind: "STEP_TURN", channel: "DIGEST" } });
    await db.signal.create({
      data: {
        key: `STALLED:thu:${returned.id}`,
        kind: "STALLED",
        subjectUserId: staff.id,
        unitId: tree.units.dongDa.id,
        taskId: returned.id,
        directiveId: returned.directiveId,
        stepId: returned.steps[0].id,
        since: at0730("2039-03-01"),
        explanation: "Trì trệ thử.",
        evidenceEventIds: [],
        detectedAt: at0730("2039-03-01"),
      },
    });
  });

  it("sends staff their overdue, due today and what waits on them, with links, in Vietnamese", async () => {
    expect(await runDailyDigest(at0730(MONDAY))).toBeGreaterThan(0);
    const [mail, ...more] = await mailsTo(tree.people.dongDaStaff.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe("Bản tin công việc ngày 07/03/2039");
    expect(mail.text).toContain("Việc của anh/chị đã quá hạn (2)");
    expect(mail.text).toContain("Việc đến hạn hôm nay (1)");
    expect(mail.text.indexOf("«Việc quá hạn từ lâu»")).toBeLessThan(mail.text.indexOf("«Việc quá hạn hôm Chủ nhật»"));
    expect(mail.text).toContain("Xin ý kiến đang chờ anh/chị trả lời (1)");
    expect(mail.text).toContain("Trì trệ, cầm chừng: Khâu «Khâu 1» – nhiệm vụ «Việc bị trả lại»");
    expect(mail.text).not.toContain("Việc còn xa");
    expect(mail.text).toContain("Thông báo từ bản tin trước (2)");
    expect(mail.text).toContain(`${tree.people.dongDaHead.name} đã đồng ý gia hạn`);
    expect(mail.text).toContain("Đến lượt bạn");
    expect(mail.text).not.toContain("đã giao cho bạn");
    expect(mail.html).toMatch(/href="http[^"]+\/tasks\/[^"#]+#step-/);
    expect(mail.html).toContain("#consultation-");
  });

  it("sends heads what became overdue in their units and the rulings waiting for them", async () => {
    const [mail] = await mailsTo(tree.people.dongDaHead.email);
    expect(mail.text).toContain("Việc của đơn vị mới quá hạn từ bản tin trước (1)");
    expect(mail.text).toContain("«Việc quá hạn hôm Chủ nhật»");
    expect(mail.text).not.toContain("«Việc quá hạn từ lâu»");
    expect(mail.text).toContain("Đang chờ anh/chị quyết định (2)");
    expect(mail.text).toContain("Trả lại, chờ quyết định: Khâu «Khâu 1» – nhiệm vụ «Việc bị trả lại»");
    expect(mail.text).toContain("Xin gia hạn: Khâu «Khâu 1» – nhiệm vụ «Việc xin gia hạn»");
    // The head above sees the unit tree's new overdue too, but rulings go to the nearest head only.
    const [above] = await mailsTo(tree.people.hanoiHead.email);
    expect(above.text).toContain("«Việc quá hạn hôm Chủ nhật»");
    expect(above.text).not.toContain("Đang chờ anh/chị quyết định");
  });

  it("sends a consultation addressed to a unit to that unit's head", async () => {
    const [mail] = await mailsTo(tree.people.daNangHead.email);
    expect(mail.text).toContain("Xin ý kiến đang chờ anh/chị trả lời (1)");
  });

  it("sends nobody an empty digest, and nothing to someone who left", async () => {
    expect(await mailsTo(tree.people.daNangStaff.email)).toEqual([]);
    expect(await mailsTo(tree.people.hbtStaff.email)).toEqual([]);
    expect(await mailsTo(gone.email)).toEqual([]);
  });

  it("sends the day once, however many runs and instances", async () => {
    expect(await Promise.all([runDailyDigest(at0730(MONDAY)), runDailyDigest(at0730(MONDAY))])).toEqual([null, null]);
    expect(await mailsTo(tree.people.dongDaStaff.email)).toHaveLength(1);
    const run = await testDb.prisma.digestRun.findUniqueOrThrow({ where: { day: MONDAY } });
    expect(run.recipients).toBeGreaterThan(0);
    expect(run.finishedAt).not.toBeNull();
  });

  it("sends nothing on a holiday, and sends on a swapped working Saturday", async () => {
    expect(await runDailyDigest(at0730("2039-03-08"))).toBeNull();
    expect(await testDb.prisma.digestRun.findUnique({ where: { day: "2039-03-08" } })).toBeNull();
    expect(await runDailyDigest(at0730("2039-03-12"))).toBeGreaterThan(0);
    const mails = await mailsTo(tree.people.dongDaStaff.email);
    expect(mails.map((m) => m.subject)).toEqual([
      "Bản tin công việc ngày 07/03/2039",
      "Bản tin công việc ngày 12/03/2039",
    ]);
  });
});
