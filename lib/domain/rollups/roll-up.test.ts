import { describe, expect, it } from "vitest";
import { reportCategoryOf } from "./report-category-of";
import { reportCategoryOfCases } from "./report-category-of.cases";
import { rollUp } from "./roll-up";
import { cal, eod, hn, item, november, now, signal } from "./rollup-test-fixtures";

const deadline = eod("2026-11-12");

describe("reportCategoryOf", () => {
  it.each(reportCategoryOfCases)("%s", (_why, over, expected) => {
    expect(reportCategoryOf(item(over), cal, now)).toEqual(expected);
  });
});

describe("rollUp by person", () => {
  const items = [
    item({ completedAt: hn("2026-11-12T16:00") }),
    item({ completedAt: hn("2026-11-17T09:00") }), // 3 working days late
    item({ completedAt: hn("2026-11-13T09:00") }), // 1 working day late
    item(), // overdue
    item({ personId: "binh", deadline: eod("2026-11-30") }),
    item({ personId: null }), // a task: no person
  ];
  const signals = [
    signal(),
    signal({ kind: "STALLED", countsAgainstPerson: false }), // answer accepted as objective
    signal({ kind: "PING_PONG", subjectUserId: "binh" }),
    signal({ kind: "CONSULTATION_UNANSWERED", subjectUserId: null, unitId: "tc" }),
  ];
  const [binh, lan] = rollUp(items, signals, "person", cal, now);

  it("counts the four categories, the rate and the average lateness", () => {
    expect(lan).toMatchObject({
      key: "lan",
      total: 4,
      categories: { DONE_ON_TIME: 1, DONE_LATE: 2, IN_TIME: 0, OVERDUE: 1 },
      onTimeRate: 1 / 3,
      averageWorkingDaysLate: 2,
    });
    expect(binh).toMatchObject({
      key: "binh",
      total: 1,
      categories: { IN_TIME: 1 },
      onTimeRate: null,
      averageWorkingDaysLate: null,
    });
  });

  it("counts only the signals that still count against the person", () => {
    expect(lan.signals).toMatchObject({ OVERDUE_NO_EXTENSION: 1, STALLED: 0 });
    expect(lan.signalTotal).toBe(1);
    expect(binh.signals.PING_PONG).toBe(1);
  });
});

describe("rollUp with extensions", () => {
  it("uses the current deadline for the category and keeps the original for reporting", () => {
    const items = [
      item({ deadline: eod("2026-11-20"), originalDeadline: deadline, completedAt: hn("2026-11-16T10:00") }),
      item({ deadline: eod("2026-11-20"), originalDeadline: deadline }),
      item({ deadline: eod("2026-11-20"), originalDeadline: deadline, completedAt: hn("2026-11-10T10:00") }),
    ];
    const [row] = rollUp(items, [], "person", cal, now);
    expect(row).toMatchObject({
      categories: { DONE_ON_TIME: 2, DONE_LATE: 0, IN_TIME: 1, OVERDUE: 0 },
      extended: 3,
      doneWithinExtension: 1,
    });
  });
});

describe("rollUp by unit", () => {
  const units = [
    { id: "vn", path: "/vn/" },
    { id: "hn", path: "/vn/hn/" },
    { id: "dd", path: "/vn/hn/dd/" },
    { id: "hbt", path: "/vn/hn/hbt/" },
    { id: "dn", path: "/vn/dn/" },
  ];
  const items = [
    item(),
    item({ unitId: "hbt", unitPath: "/vn/hn/hbt/" }),
    item({ unitId: "hn", unitPath: "/vn/hn/" }),
    item({ unitId: "dn", unitPath: "/vn/dn/" }),
  ];
  const signals = [signal({ unitId: "hbt" }), signal({ unitId: "dn" })];
  const totals = (rows: ReturnType<typeof rollUp>) => rows.map((r) => [r.key, r.total, r.signalTotal]);

  it.each<[string, Parameters<typeof rollUp>[5], (string | number)[][]]>([
    [
      "each unit on its own",
      {},
      [
        ["dd", 1, 0],
        ["dn", 1, 1],
        ["hbt", 1, 1],
        ["hn", 1, 0],
      ],
    ],
    [
      "with the units below",
      { includeSubunits: true },
      [
        ["dd", 1, 0],
        ["dn", 1, 1],
        ["hbt", 1, 1],
        ["hn", 3, 1],
        ["vn", 4, 2],
      ],
    ],
    [
      "with the units below, restricted to the listed units (empty ones too)",
      { includeSubunits: true, units: units.slice(0, 2).concat({ id: "x", path: "/vn/x/" }) },
      [
        ["hn", 3, 1],
        ["vn", 4, 2],
        ["x", 0, 0],
      ],
    ],
  ])("%s", (_why, options, expected) => {
    expect(totals(rollUp(items, signals, "unit", cal, now, options))).toEqual(expected);
  });
});

describe("rollUp by directive and by month", () => {
  it("places a signal in its task's directive", () => {
    const rows = rollUp(
      [item(), item({ taskId: "t2", directiveId: "d2" })],
      [signal({ taskId: "t2" })],
      "directive",
      cal,
      now,
    );
    expect(rows.map((r) => [r.key, r.total, r.signalTotal])).toEqual([
      ["d1", 1, 0],
      ["d2", 1, 1],
    ]);
  });

  it("puts done items in their local completion month and open ones in their deadline month", () => {
    const items = [
      item({ deadline: eod("2026-11-30"), completedAt: new Date("2026-10-31T17:30:00Z") }), // 01/11 00:30 in Hà Nội
      item({ deadline: eod("2026-10-30") }), // overdue, stays in October
      item({ deadline: eod("2026-12-04") }),
    ];
    const rows = rollUp(items, [signal({ since: new Date("2026-10-31T16:59:59Z") })], "month", cal, now);
    expect(rows.map((r) => [r.key, r.categories, r.signalTotal])).toEqual([
      ["2026-10", { DONE_ON_TIME: 0, DONE_LATE: 0, IN_TIME: 0, OVERDUE: 1 }, 1],
      ["2026-11", { DONE_ON_TIME: 1, DONE_LATE: 0, IN_TIME: 0, OVERDUE: 0 }, 0],
      ["2026-12", { DONE_ON_TIME: 0, DONE_LATE: 0, IN_TIME: 1, OVERDUE: 0 }, 0],
    ]);
  });

  it("counts only what falls in the period", () => {
    const items = [item({ completedAt: hn("2026-11-02T10:00") }), item({ deadline: eod("2026-10-30") })];
    const signals = [signal(), signal({ since: hn("2026-10-31T10:00") })];
    const [row] = rollUp(items, signals, "person", cal, now, { period: november });
    expect(row).toMatchObject({ total: 1, signalTotal: 1 });
  });
});
