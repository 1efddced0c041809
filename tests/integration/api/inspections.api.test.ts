import JSZip from "jszip";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { dayFromToday, freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
type TRole = keyof typeof tokens;
type TSummary = { id: string };

describe("/inspections: a surprise inspection from creation to conclusion, for each role", () => {
  let id: string;
  let outsider: TApi;
  let body: Record<string, unknown>;
  let ddTaskId: string;
  let hbtTaskId: string;
  // Everyone but the team and the sector's overseers: the inspected unit, the province above it, a sibling district.
  const inspectedSide: TRole[] = ["staff", "head", "provinceHead"];

  beforeAll(async () => {
    outsider = await freshApi("nhunglth@demo.bhxh.vn"); // an inspector of the same department, not on the team
    const [dongDa, inspector] = await Promise.all([unitIdOf(apiTestAccounts.staff), userId(apiTestAccounts.inspector)]);
    body = {
      kind: "SURPRISE",
      inspectedUnitId: dongDa,
      periodFrom: "2026-01-01",
      periodTo: "2026-10-31",
      subject: "Kiểm tra đột xuất việc cá thể hóa trách nhiệm (API)",
      startsOn: dayFromToday(0),
      endsOn: dayFromToday(3),
      leadUserId: inspector,
      memberUserIds: [],
      checklistId: null,
    };
    const [dd, hbt] = await Promise.all([
      apiDb.task.findFirstOrThrow({ where: { leadUnitId: dongDa }, select: { id: true } }),
      apiDb.task.findFirstOrThrow({
        where: { leadUnitId: await unitIdOf(apiTestAccounts.otherStaff) },
        select: { id: true },
      }),
    ]);
    ddTaskId = dd.id;
    hbtTaskId = hbt.id;
  });

  const sees = async (api: TApi) => {
    const one = await api.get(`/inspections/${id}`);
    const list = await api.get("/inspections");
    expectStatus(list, 200);
    return { one: one.status, listed: (list.body.items as TSummary[]).some((i) => i.id === id) };
  };

  it("lets the inspector create it, refuses staff, a head for another unit's inspections, and a bad body", async () => {
    const res = await as("inspector").post("/inspections", body);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ kind: "SURPRISE", status: "PLANNED", access: "inspecting", plan: null });
    id = res.body.id;
    expectStatus(await as("staff").post("/inspections", body), 403);
    const ttkt = await unitIdOf(apiTestAccounts.inspector);
    expectStatus(await as("head").post("/inspections", { ...body, inspectingUnitId: ttkt }), 403);
    const bad = await as("inspector").post("/inspections", { ...body, subject: undefined });
    expectStatus(bad, 400);
    expect(bad.body.error.fields).toHaveProperty("subject");
  });

  it("before it starts: the team, TCCB and admins see it; the inspected unit, the province and an inspector off the team get 404", async () => {
    for (const role of ["inspector", "tccb", "admin"] as const)
      expect(await sees(as(role)), role).toEqual({ one: 200, listed: true });
    for (const role of [...inspectedSide, "otherStaff"] as const)
      expect(await sees(as(role)), role).toEqual({ one: 404, listed: false });
    expect(await sees(outsider)).toEqual({ one: 404, listed: false });
  });

  it("refuses a change from outside the team (404) and starts it for the lead", async () => {
    expectStatus(await outsider.patch(`/inspections/${id}`, { status: "IN_PROGRESS" }), 404);
    expectStatus(await as("head").patch(`/inspections/${id}`, { status: "IN_PROGRESS" }), 404);
    const res = await as("inspector").patch(`/inspections/${id}`, { status: "IN_PROGRESS" });
    expectStatus(res, 200);
    expect(res.body.startedAt).not.toBeNull();
    expectStatus(await as("inspector").patch(`/inspections/${id}`, { status: "IN_PROGRESS" }), 409);
  });

  it("once started: the inspected unit and the province above see it, without findings; others still 404", async () => {
    for (const role of inspectedSide) {
      expect(await sees(as(role)), role).toEqual({ one: 200, listed: true });
      expect((await as(role).get(`/inspections/${id}`)).body).toMatchObject({
        access: "inspected",
        findings: [],
        conclusion: null,
      });
    }
    expect(await sees(as("otherStaff"))).toEqual({ one: 404, listed: false });
    expect(await sees(outsider)).toEqual({ one: 404, listed: false });
  });

  it("records a finding on the inspected unit's task, and refuses one on a sibling's task, from the inspected unit or off the team", async () => {
    const finding = {
      severity: "SERIOUS",
      description: "Khâu xử lý quá hạn, không xin gia hạn",
      links: [{ kind: "task", id: ddTaskId }],
    };
    const res = await as("inspector").post(`/inspections/${id}/findings`, finding);
    expectStatus(res, 201);
    const outside = await as("inspector").post(`/inspections/${id}/findings`, {
      ...finding,
      links: [{ kind: "task", id: hbtTaskId }],
    });
    expectStatus(outside, 400);
    expectStatus(await as("head").post(`/inspections/${id}/findings`, finding), 403);
    expectStatus(await outsider.post(`/inspections/${id}/findings`, finding), 404);
  });

  it("issues the conclusion once; a recommendation without an owner is refused; the inspected unit then sees it all", async () => {
    const template = await apiDb.processTemplate.findFirstOrThrow({
      where: { name: "Quy trình báo cáo định kỳ", unitId: null },
      include: { steps: { orderBy: { order: "asc" } } },
    });
    const [staff, head] = await Promise.all([userId(apiTestAccounts.staff), userId(apiTestAccounts.head)]);
    const recommendation = {
      title: "Phân công người chịu trách nhiệm từng khâu (kiến nghị)",
      leadUnitId: body.inspectedUnitId,
      templateId: template.id,
      deadline: dayFromToday(30),
      steps: template.steps.map((s) => ({ ownerId: s.kind === "APPROVE" ? head : staff, deadline: dayFromToday(30) })),
    };
    const conclusion = {
      number: `${Date.now() % 100000}/KL-TTKT-API`,
      summary: "Chưa cá thể hóa trách nhiệm.",
      recommendations: [recommendation],
    };
    const noOwner = {
      ...recommendation,
      steps: recommendation.steps.map((s, i) => (i === 0 ? { deadline: s.deadline } : s)),
    };
    const refused = await as("inspector").post(`/inspections/${id}/conclusion`, {
      ...conclusion,
      recommendations: [noOwner],
    });
    expectStatus(refused, 400);
    expect(refused.body.error.fields).toHaveProperty("recommendations.0.steps.0.ownerId");
    expectStatus(await as("head").post(`/inspections/${id}/conclusion`, conclusion), 403);
    const res = await as("inspector").post(`/inspections/${id}/conclusion`, conclusion);
    expectStatus(res, 201);
    expect(res.body.recommendations).toHaveLength(1);
    expectStatus(
      await as("inspector").post(`/inspections/${id}/conclusion`, { ...conclusion, number: `${conclusion.number}-2` }),
      409,
    );
    const seen = await as("staff").get(`/inspections/${id}`);
    expectStatus(seen, 200);
    expect(seen.body).toMatchObject({ status: "CONCLUDED", conclusion: { number: conclusion.number } });
    expect(seen.body.findings).toHaveLength(1);
    expect(seen.body.conclusion.recommendations[0].task.id).toBe(res.body.recommendations[0].taskId);
    const task = await as("staff").get(`/tasks/${res.body.recommendations[0].taskId}`);
    expectStatus(task, 200);
  });

  it("prints the minutes and the conclusion as .docx for the team and the inspected unit, 404 off the team", async () => {
    const text = async (res: { body: unknown }) =>
      (await (await JSZip.loadAsync(res.body as Uint8Array)).file("word/document.xml")!.async("string")).replace(
        /<[^>]+>/g,
        "",
      );
    const minutes = await as("inspector").get(`/inspections/${id}/minutes.docx`, { number: "07/BB-TTKT" });
    expectStatus(minutes, 200);
    expect(minutes.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(await text(minutes)).toContain("BIÊN BẢN KIỂM TRA");
    const conclusion = await as("staff").get(`/inspections/${id}/conclusion.docx`);
    expectStatus(conclusion, 200);
    expect(await text(conclusion)).toContain("Phân công người chịu trách nhiệm từng khâu (kiến nghị)");
    expectStatus(await outsider.get(`/inspections/${id}/minutes.docx`), 404);
    const unconcluded = await as("inspector").post("/inspections", body);
    expectStatus(await as("inspector").get(`/inspections/${unconcluded.body.id}/conclusion.docx`), 409);
  });

  it("sums up the inspections per unit for a period as .xlsx", async () => {
    const res = await as("tccb").get("/inspections/summary.xlsx", { from: dayFromToday(-1), to: dayFromToday(1) });
    expectStatus(res, 200);
    expect(Array.from((res.body as Uint8Array).subarray(0, 2))).toEqual([0x50, 0x4b]);
    expectStatus(await as("tccb").get("/inspections/summary.xlsx", { from: "2026-02-30", to: "2026-03-01" }), 400);
  });
});
