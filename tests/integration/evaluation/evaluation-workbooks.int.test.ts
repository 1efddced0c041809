import ExcelJS from "exceljs";
import type { TProductMarks } from "../../../lib/schemas/evaluations";
import { beforeAll, describe, expect, it } from "vitest";
import { approveEvaluation } from "../../../lib/server/evaluation/approve-evaluation";
import { assessEvaluation } from "../../../lib/server/evaluation/assess-evaluation";
import { correctEvaluation } from "../../../lib/server/evaluation/correct-evaluation";
import { productHeaders } from "../../../lib/server/evaluation/documents/add-products-table";
import { buildEvaluationSheet } from "../../../lib/server/evaluation/documents/build-evaluation-sheet";
import {
  buildUnitEvaluationWorkbook,
  unitEvaluationHeaders,
} from "../../../lib/server/evaluation/documents/build-unit-evaluation-workbook";
import { getEvaluation } from "../../../lib/server/evaluation/get-evaluation";
import { getUnitEvaluations } from "../../../lib/server/evaluation/get-unit-evaluations";
import { submitSelfAssessment } from "../../../lib/server/evaluation/submit-self-assessment";
import { createAcceptedExplanation } from "../../factories/create-accepted-explanation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const eod = (day: string) => new Date(`${day}T16:59:59.999Z`);
const noon = (day: string) => new Date(`${day}T05:00:00Z`);
const now = new Date("2026-12-07T03:00:00Z");

type TCell = string | number | null;
/** Each row's cells as a reader sees them: a merged range once, by its first cell; empty cells left out. */
const rowsOf = (ws: ExcelJS.Worksheet): TCell[][] => {
  const rows: TCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: TCell[] = [];
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells.push(cell.value as TCell);
    });
    rows[n - 1] = cells;
  });
  return [...rows].map((r) => r ?? []);
};
const read = async (wb: ExcelJS.Workbook) => {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return rowsOf(loaded.worksheets[0]!);
};
/** The figure written beside a label (labels in A–F, figures in G–H). */
const figure = (rows: TCell[][], label: string) => rows.find((r) => r[0] === label)?.[1];

describe("the evaluation's Excel documents, read back with exceljs", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let person: Awaited<ReturnType<typeof createUser>>;
  let excellent: Awaited<ReturnType<typeof createUser>>;
  let good: Awaited<ReturnType<typeof createUser>>;
  let marks: TProductMarks;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    person = await createUser(testDb.prisma, tree.units.dongDa, { name: `Nguyễn Văn Phiếu ${unique()}` });
    excellent = await createUser(testDb.prisma, tree.units.dongDa);
    good = await createUser(testDb.prisma, tree.units.dongDa);
    const owner = { id: person.id, unitId: person.unitId };
    // Three products of one weight: on time; late without cause; late with an accepted explanation.
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner, deadline: eod("2026-11-10"), status: "DONE", completedAt: noon("2026-11-10") },
        { owner, deadline: eod("2026-11-16"), status: "DONE", completedAt: noon("2026-11-18") },
        { owner, deadline: eod("2026-11-20"), status: "DONE", completedAt: noon("2026-11-24") },
      ],
    });
    await createAcceptedExplanation(testDb.prisma, task, task.steps[2]!);
    const head = tree.people.dongDaHead.actor;
    await submitSelfAssessment(
      person.actor,
      person.id,
      "2026-11",
      { summary: "Hoàn thành 3 khâu", generalPoints: 28 },
      now,
    );
    marks = {
      [task.steps[0]!.id]: { meetsQuality: true, majorErrors: [{ reason: "Sai số liệu", objectiveCause: null }] },
    };
    await assessEvaluation(head, person.id, "2026-11", { generalPoints: 27, marks, note: "Cần cẩn thận số liệu" }, now);
    await approveEvaluation(tree.people.hanoiHead.actor, person.id, "2026-11", "", now);
    // Nothing assigned: the full 70 task points; 25 general points make 95, 10 make 80.
    await assessEvaluation(head, excellent.id, "2026-11", { generalPoints: 25, marks: {}, note: "" }, now);
    await assessEvaluation(head, good.id, "2026-11", { generalPoints: 10, marks: {}, note: "" }, now);
  });

  it("gives a person's sheet the form's heading, each product's verdicts, the figures and the grade in words", async () => {
    const rows = await read(
      buildEvaluationSheet(await getEvaluation(person.actor, person.id, "2026-11", now), "vi", now),
    );
    expect(rows.slice(0, 3)).toEqual([
      ["BẢO HIỂM XÃ HỘI VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [tree.units.dongDa.name.toLocaleUpperCase("vi"), "Độc lập - Tự do - Hạnh phúc"],
      ["Ngày 07 tháng 12 năm 2026"],
    ]);
    const text = rows.map((r) => r[0]);
    expect(text).toContain("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC");
    expect(text).toContain("Kỳ đánh giá: tháng 11/2026");
    expect(text).toContain(`Họ và tên: ${person.name}`);
    expect(text).toContain(`Đơn vị công tác: ${tree.units.dongDa.name}`);
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows[header]).toEqual(productHeaders("vi"));
    const products = rows.slice(header + 1, header + 4);
    expect(products.map((r) => [r[0], r[4], r[5], r[6], r[7]])).toEqual([
      [1, "Hoàn thành đúng hạn", "", "Đạt", "Sai số liệu (trừ 25%)"],
      [2, "Hoàn thành trễ hạn (trừ 25% điểm tiến độ)", "", "Chưa đánh giá (coi là đạt)", ""],
      [
        3,
        "Hoàn thành trễ hạn (không trừ)",
        "Giải trình được chấp nhận là nguyên nhân khách quan",
        "Chưa đánh giá (coi là đạt)",
        "",
      ],
    ]);
    // Quantity 1, quality (0.75 + 1 + 1)/3, timeliness (1 + 0.75 + 1)/3: 70 × (1 + 11/12 + 11/12)/3 = 66.11.
    expect(figure(rows, "Cá nhân tự chấm")).toBe(28);
    expect(figure(rows, "Thủ trưởng chấm")).toBe(27);
    expect(figure(rows, "Chất lượng")).toBeCloseTo(0.917, 3);
    expect(figure(rows, "Tiến độ")).toBeCloseTo(0.917, 3);
    expect(figure(rows, "Điểm kết quả thực hiện nhiệm vụ")).toBe(66.11);
    expect(figure(rows, "Tổng điểm")).toBe(93.11);
    expect(figure(rows, "Xếp loại chất lượng")).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("Hoàn thành 3 khâu");
    expect(text).toContain("Cần cẩn thận số liệu");
    const signs = rows.findIndex((r) => r[0] === "NGƯỜI TỰ ĐÁNH GIÁ");
    expect(rows[signs]).toEqual(["NGƯỜI TỰ ĐÁNH GIÁ", "THỦ TRƯỞNG ĐÁNH GIÁ", "NGƯỜI CÓ THẨM QUYỀN PHÊ DUYỆT"]);
    expect(rows[signs + 2]).toEqual(["Ngày 07/12/2026", "Ngày 07/12/2026", "Ngày 07/12/2026"]);
    expect(rows[signs + 6]).toEqual([person.name, tree.people.dongDaHead.name, tree.people.hanoiHead.name]);
  });

  it("shows a manager's unit share, and leaves the places of signatures not yet given to fill by hand", async () => {
    const view = await getEvaluation(tree.people.hanoiHead.actor, tree.people.dongDaHead.id, "2026-11", now);
    const rows = await read(buildEvaluationSheet(view, "vi", now));
    expect(figure(rows, "Điểm theo sản phẩm của cá nhân")).toBe(70);
    expect(figure(rows, "Điểm kết quả của đơn vị (tính 50% đối với người quản lý)")).toBe(view.unitPoints);
    expect(figure(rows, "Điểm kết quả thực hiện nhiệm vụ")).toBe(view.result.taskPoints);
    expect(view.result.taskPoints).toBe(Math.round((35 + view.unitPoints! / 2) * 100) / 100);
    expect([figure(rows, "Tổng điểm"), figure(rows, "Xếp loại chất lượng")]).toEqual(["Chưa có", "Chưa có"]);
    const signs = rows.findIndex((r) => r[0] === "NGƯỜI TỰ ĐÁNH GIÁ");
    expect(rows[signs + 2]).toEqual(["Ngày …… tháng …… năm ……", "Ngày …… tháng …… năm ……", "Ngày …… tháng …… năm ……"]);
    expect(rows[signs + 6]).toEqual([tree.people.dongDaHead.name, "", ""]);
  });

  it("gives the unit's table a row per person, provisional rows marked, the distribution and the cap's verdict", async () => {
    const data = await getUnitEvaluations(tree.people.dongDaHead.actor, tree.units.dongDa.id, "2026-11");
    const rows = await read(buildUnitEvaluationWorkbook(data, "vi", now));
    const text = rows.map((r) => r[0]);
    expect(text).toContain("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG");
    expect(text).toContain(`Đơn vị: ${tree.units.dongDa.name}`);
    expect(text).toContain("Kỳ đánh giá: tháng 11/2026");
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows[header]).toEqual(unitEvaluationHeaders("vi"));
    const people = rows.slice(header + 1, header + 1 + data.rows.length);
    expect(people).toHaveLength(5);
    const rowOf = (name: string) => people.find((r) => r[1] === name)!.slice(4);
    expect(rowOf(person.name)).toEqual([27, 66.11, 93.11, "Hoàn thành xuất sắc nhiệm vụ", "Đã phê duyệt"]);
    expect(rowOf(excellent.name)).toEqual([25, 70, 95, "Hoàn thành xuất sắc nhiệm vụ", "Đã đánh giá, chờ phê duyệt"]);
    expect(rowOf(good.name)).toEqual([10, 70, 80, "Hoàn thành tốt nhiệm vụ", "Đã đánh giá, chờ phê duyệt"]);
    expect(rowOf(tree.people.dongDaStaff.name)).toEqual(["—", 70, "—", "—", "Tạm tính (chưa đánh giá)"]);
    expect(rowOf(tree.people.dongDaHead.name)[4]).toBe("Tạm tính (chưa đánh giá)");
    const count = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(count("Hoàn thành xuất sắc nhiệm vụ")).toEqual([2, 2 / 3]);
    expect(count("Hoàn thành tốt nhiệm vụ")).toEqual([1, 1 / 3]);
    expect(count("Không hoàn thành nhiệm vụ")).toEqual([0, 0]);
    expect(count("Tổng số đã xếp loại")).toEqual([3, 1]);
    expect(count("Chưa xếp loại (tạm tính)")).toEqual([2, ""]);
    expect(text).toContain(
      'Tỷ lệ "hoàn thành xuất sắc": 2 người, vượt 20% số "hoàn thành tốt" (1 người, tối đa 0 người): VƯỢT TỶ LỆ.',
    );
    const signs = rows.findIndex((r) => r[0] === "NGƯỜI LẬP BIỂU");
    expect(rows[signs]).toEqual(["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"]);
    expect(rows[signs + 1]).toEqual(["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên, đóng dấu)"]);
  });

  it("names each unit of a larger tree whose grades break the cap", async () => {
    const data = await getUnitEvaluations(tree.people.hanoiHead.actor, tree.units.hanoi.id, "2026-11");
    const text = (await read(buildUnitEvaluationWorkbook(data, "vi", now))).map((r) => r[0]);
    expect(text).toContain(`Đơn vị: ${tree.units.hanoi.name}`);
    expect(text).toContain(`Vượt tỷ lệ tại ${tree.units.dongDa.name}: 2 xuất sắc, tối đa 0.`);
    expect(text.filter((line) => String(line).startsWith("Vượt tỷ lệ tại"))).toHaveLength(1);
  });

  it("is worded in English for a requester who reads English, and says when the cap holds", async () => {
    const data = await getUnitEvaluations(tree.people.hanoiHead.actor, tree.units.haiBaTrung.id, "2026-11");
    const rows = await read(buildUnitEvaluationWorkbook(data, "en", now));
    expect(rows[header(rows, "No.")]).toEqual(unitEvaluationHeaders("en"));
    expect(unitEvaluationHeaders("en").slice(0, 2)).toEqual(["No.", "Full name"]);
    expect(rows.map((r) => r[0])).toContain('"Excellent": 0, within 20% of "good" (0, at most 0): within the cap.');
    expect(rows[1]![1]).toBe("Independence - Freedom - Happiness");
  });

  // Last: it changes the person's locked result.
  it("shows a correction after the lock, with its reason, and the corrected figures", async () => {
    const head = tree.people.dongDaHead;
    const reason = "Nhập sai điểm tiêu chí chung";
    await correctEvaluation(head.actor, person.id, "2026-11", { generalPoints: 25, marks, reason }, now);
    const rows = await read(
      buildEvaluationSheet(await getEvaluation(person.actor, person.id, "2026-11", now), "vi", now),
    );
    expect(figure(rows, "Tổng điểm")).toBe(91.11);
    expect(rows.map((r) => r[0])).toContain(
      `Điều chỉnh sau khi khóa, ngày 07/12/2026, bởi ${head.name}: 93,11 → 91,11 điểm. Lý do: ${reason}`,
    );
  });
});

const header = (rows: TCell[][], first: string) => rows.findIndex((r) => r[0] === first);
