import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultHolidays } from "../../../lib/domain/calendar";
import { addCalendarDay } from "../../../lib/server/calendar-admin/add-calendar-day";
import { findCalendarYear } from "../../../lib/server/calendar-admin/find-calendar-year";
import { removeCalendarDay } from "../../../lib/server/calendar-admin/remove-calendar-day";
import { restoreDefaultCalendar } from "../../../lib/server/calendar-admin/restore-default-calendar";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");
// The calendar table is shared by every test file of a run; this file writes only to a far
// year of its own (no deadline anywhere falls in it) and, for the defaults, to 2025, which
// is past for every other file.
const year = randomInt(2060, 2099);
/** The first Monday and the first Saturday of March in `year`. */
const firstOfMarch = (weekday: number) => {
  const d = new Date(Date.UTC(year, 2, 1));
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const monday = firstOfMarch(1);
const saturday = firstOfMarch(6);

describe("the working-day calendar, for admins", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  const eventsFor = (date: string) =>
    testDb.prisma.event.findMany({
      where: { kind: "CALENDAR_CHANGED", payload: { path: ["date"], equals: date } },
      orderBy: { seq: "asc" },
    });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
  });

  it("adds a holiday and a swapped working day, each with a CALENDAR_CHANGED event", async () => {
    await addCalendarDay(admin.actor, { date: monday, kind: "HOLIDAY", name: "Nghỉ lễ thử" }, now);
    await addCalendarDay(admin.actor, { date: saturday, kind: "WORKING_DAY", name: "Làm bù thử" }, now);
    const { entries } = await findCalendarYear(admin.actor, { year }, now);
    const expected = [
      [monday, "HOLIDAY", "Nghỉ lễ thử"],
      [saturday, "WORKING_DAY", "Làm bù thử"],
    ].sort((a, b) => a[0].localeCompare(b[0]));
    expect(entries.map((e) => [e.date, e.kind, e.name])).toEqual(expected);
    const [event] = await eventsFor(monday);
    expect(event).toMatchObject({
      actorId: admin.id,
      at: now,
      payload: { date: monday, kind: "HOLIDAY", name: "Nghỉ lễ thử", op: "ADD" },
    });
  });

  it("refuses a date that is already listed, as either kind", async () => {
    const attempt = addCalendarDay(admin.actor, { date: saturday, kind: "HOLIDAY", name: "Trùng ngày" }, now);
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { date: [expect.stringContaining("đã có trong lịch là ngày làm bù")] },
    });
    expect(await eventsFor(saturday)).toHaveLength(1);
  });

  it("removes an entry with a CALENDAR_CHANGED event, and answers NOT_FOUND the second time", async () => {
    await removeCalendarDay(admin.actor, { date: monday }, now);
    expect((await findCalendarYear(admin.actor, { year }, now)).entries.map((e) => e.date)).toEqual([saturday]);
    expect((await eventsFor(monday)).map((e) => (e.payload as { op: string }).op)).toEqual(["ADD", "REMOVE"]);
    await expect(removeCalendarDay(admin.actor, { date: monday }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("restores the shipped defaults for a year, recording only the days that changed", async () => {
    const defaults2025 = defaultHolidays.filter((d) => d.date.startsWith("2025-"));
    await restoreDefaultCalendar(admin.actor, { year: 2025 }, now);
    await testDb.prisma.calendarDay.deleteMany({ where: { date: "2025-09-02" } });
    await testDb.prisma.calendarDay.create({
      data: { date: "2025-11-24", year: 2025, kind: "HOLIDAY", name: "Ngày thử" },
    });
    const result = await restoreDefaultCalendar(admin.actor, { year: 2025 }, now);
    expect(result).toEqual({ year: 2025, removed: 1, added: 1 });
    const view = await findCalendarYear(admin.actor, { year: 2025 }, now);
    expect(view.entries.map((e) => e.date)).toEqual(defaults2025.map((d) => d.date).sort());
    expect(view.matchesDefaults).toBe(true);
    expect((await eventsFor("2025-11-24")).at(-1)).toMatchObject({
      reason: "Khôi phục lịch mặc định năm 2025",
      payload: { op: "REMOVE" },
    });
    expect(await restoreDefaultCalendar(admin.actor, { year: 2025 }, now)).toEqual({
      year: 2025,
      removed: 0,
      added: 0,
    });
  });

  it("has no defaults to restore for a year nobody announced", async () => {
    await expect(restoreDefaultCalendar(admin.actor, { year }, now)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it.each([
    ["TCCB", "tccb"],
    ["a head", "hanoiHead"],
    ["staff", "dongDaStaff"],
  ] as const)("refuses %s everything (FORBIDDEN)", async (_label, who) => {
    const actor = tree.people[who].actor;
    await expect(findCalendarYear(actor, { year }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addCalendarDay(actor, { date: monday, kind: "HOLIDAY", name: "Không được" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeCalendarDay(actor, { date: saturday }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(restoreDefaultCalendar(actor, { year: 2025 }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await findCalendarYear(admin.actor, { year }, now)).entries.map((e) => e.date)).toEqual([saturday]);
  });

  it("is protected by the database too: a weekday as a swapped working day, or a malformed date, is refused", async () => {
    // Every deadline and signal computation reads this table; a row it cannot accept would break them all.
    await expect(
      testDb.prisma.calendarDay.create({ data: { date: monday, year, kind: "WORKING_DAY", name: "Sai" } }),
    ).rejects.toThrow(/CalendarDay_working_day_is_weekend_check/);
    await expect(
      testDb.prisma.calendarDay.create({ data: { date: `${year}-02-30`, year, kind: "HOLIDAY", name: "Sai" } }),
    ).rejects.toThrow();
    await expect(
      testDb.prisma.calendarDay.create({ data: { date: `${year}-03-1`, year, kind: "HOLIDAY", name: "Sai" } }),
    ).rejects.toThrow(/CalendarDay_date_check/);
    await expect(
      testDb.prisma.calendarDay.create({
        data: { date: `${year}-05-02`, year: year + 1, kind: "HOLIDAY", name: "Sai" },
      }),
    ).rejects.toThrow(/CalendarDay_date_check/);
    expect(await testDb.prisma.calendarDay.count({ where: { name: "Sai" } })).toBe(0);
  });
});
