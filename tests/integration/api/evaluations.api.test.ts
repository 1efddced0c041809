import { beforeAll, describe, expect, inject, it } from "vitest";
import { DECREE_335_SCHEME } from "../../../lib/domain/evaluation/evaluation-scheme";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
// A past month of the demo data that no other test evaluates.
const PERIOD = "2026-09";

describe("the evaluation API: /evaluations, the assessment flow, /evaluation-scheme", () => {
  const people: Record<string, string> = {};
  beforeAll(async () => {
    for (const [role, email] of Object.entries(apiTestAccounts)) people[role] = await userId(email);
  });
  const path = (role: string, suffix = "") => `/evaluations/${people[role]}/${PERIOD}${suffix}`;
  const events = () =>
    apiDb.event.count({
      where: {
        payload: { path: ["userId"], equals: people.staff },
        kind: {
          in: ["EVALUATION_ASSESSED", "EVALUATION_APPROVED", "EVALUATION_CORRECTED", "EVALUATION_SELF_ASSESSED"],
        },
      },
    });

  it("runs the flow: self-assessment, assessment, approval, refusals, correction", async () => {
    const card = await as("staff").get(path("staff"));
    expectStatus(card, 200);
    expect(card.body).toMatchObject({ status: "NONE", locked: false, person: { id: people.staff } });

    const before = await events();
    const refused = [
      [await as("staff").post(path("staff", "/self-assessment"), { summary: "Đã làm", generalPoints: "28" }), 400],
      [await as("staff").post(path("staff", "/self-assessment"), { summary: "Đã làm\u0000", generalPoints: 28 }), 400],
      [await as("staff").post(path("staff", "/self-assessment"), { summary: "Đã làm", generalPoints: 31 }), 400],
      [await as("head").post(path("staff", "/assessment"), { generalPoints: -1, marks: {} }), 400],
      [await as("tccb").post(path("staff", "/assessment"), { generalPoints: 20, marks: {} }), 403],
      [await as("otherStaff").post(path("staff", "/assessment"), { generalPoints: 20, marks: {} }), 404],
      [await as("head").post(path("staff", "/approve"), {}), 409],
      [await as("otherStaff").get(path("staff")), 404],
    ] as const;
    for (const [res, status] of refused) expectStatus(res, status);
    expect(await events()).toBe(before);

    expectStatus(
      await as("staff").post(path("staff", "/self-assessment"), {
        summary: "Hoàn thành việc được giao",
        generalPoints: 28,
      }),
      200,
    );
    const products = (card.body as { products: Array<{ id: string }> }).products;
    const marks = products.length
      ? { [products[0]!.id]: { meetsQuality: true, majorErrors: [{ reason: "Sai số liệu", objectiveCause: null }] } }
      : {};
    const assessed = await as("head").post(path("staff", "/assessment"), { generalPoints: 27, marks, note: "Tốt" });
    expectStatus(assessed, 200);
    expect(assessed.body).toMatchObject({ status: "ASSESSED" });

    const approved = await as("head").post(path("staff", "/approve"), {});
    expectStatus(approved, 200);
    expect(approved.body).toMatchObject({ status: "APPROVED" });
    expectStatus(await as("head").post(path("staff", "/approve"), {}), 409);
    expectStatus(await as("head").post(path("staff", "/assessment"), { generalPoints: 10, marks: {} }), 409);
    expectStatus(
      await as("head").post(path("staff", "/correction"), { generalPoints: 25, marks: {}, reason: "" }),
      400,
    );
    const corrected = await as("provinceHead").post(path("staff", "/correction"), {
      generalPoints: 25,
      marks: {},
      reason: "Nhập nhầm điểm tiêu chí chung",
    });
    expectStatus(corrected, 200);
    const after = await as("staff").get(path("staff"));
    expectStatus(after, 200);
    expect(after.body).toMatchObject({ status: "APPROVED", locked: true, result: { generalPoints: 25 } });
    expect((after.body as { corrections: unknown[] }).corrections).toHaveLength(1);
  });

  it("takes a product added by hand with its evidence, for the head to confirm once", async () => {
    const body = {
      description: "Báo cáo chuyên đề về thu BHXH",
      evidenceUrl: null,
      evidenceNote: "Số 12/BC-BHXH",
      weight: 2,
      completedOn: `${PERIOD}-20`,
    };
    expectStatus(await as("otherStaff").post(path("otherStaff", "/products"), { ...body, weight: 0 }), 400);
    expectStatus(await as("otherStaff").post(path("otherStaff", "/products"), { ...body, evidenceNote: null }), 400);
    expectStatus(await as("staff").post(path("otherStaff", "/products"), body), 404);
    const added = await as("otherStaff").post(path("otherStaff", "/products"), body);
    expectStatus(added, 201);
    expect(added.body).toMatchObject({ status: "PROPOSED" });
    const id = (added.body as { id: string }).id;
    expectStatus(await as("otherStaff").post(`/evaluation-products/${id}/review`, { confirmed: true }), 403);
    const reviewed = await as("provinceHead").post(`/evaluation-products/${id}/review`, { confirmed: true });
    expectStatus(reviewed, 200);
    expect(reviewed.body).toMatchObject({ status: "CONFIRMED" });
    expectStatus(await as("provinceHead").post(`/evaluation-products/${id}/review`, { confirmed: false }), 409);
  });

  it("lists a unit's table for its heads and TCCB, not for staff", async () => {
    const list = await as("head").get("/evaluations", { period: PERIOD });
    expectStatus(list, 200);
    const items = (list.body as { items: Array<{ person: { id: string } }> }).items;
    expect(items.map((i) => i.person.id)).toContain(people.staff);
    expectStatus(await as("tccb").get("/evaluations", { period: "2026" }), 200);
    expectStatus(await as("staff").get("/evaluations", { period: PERIOD }), 403);
    expectStatus(await as("head").get("/evaluations", { period: "2026-13" }), 400);
  });

  it("lets only administrators change the scheme, and refuses a weight of zero", async () => {
    expectStatus(await as("staff").get("/evaluation-scheme"), 200);
    const zero = {
      ...DECREE_335_SCHEME,
      weights: { ...DECREE_335_SCHEME.weights, priority: { ...DECREE_335_SCHEME.weights.priority, LOW: 0 } },
    };
    const before = await apiDb.event.count({ where: { kind: "EVALUATION_SCHEME_CHANGED" } });
    expectStatus(await as("admin").put("/evaluation-scheme", zero), 400);
    expectStatus(await as("tccb").put("/evaluation-scheme", DECREE_335_SCHEME), 403);
    expect(await apiDb.event.count({ where: { kind: "EVALUATION_SCHEME_CHANGED" } })).toBe(before);
    const same = await as("admin").put("/evaluation-scheme", DECREE_335_SCHEME);
    expectStatus(same, 200);
  });
});
