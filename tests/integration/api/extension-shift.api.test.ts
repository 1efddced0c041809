import { beforeAll, describe, expect, it } from "vitest";
import { buildCalendar, endOfLocalDay, localDateOf, type TCalendarEntry } from "../../../lib/domain/calendar";
import { formatDate } from "../../../lib/domain/format";
import { shiftLaterDeadlines } from "../../../lib/domain/workflow/shift-later-deadlines";
import { baseUrl, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, dayFromToday, eventKinds, freshApi } from "../../support/api/fixtures";
import { signInCookie } from "../../support/api/sign-in";
import { apiDb } from "../../support/api/use-api-db";

type TStep = { id: string; order: number; version: number; deadline: string; status: string };
let staff: TApi;
let head: TApi;
let headCookie: string;
const taskPage = async (id: string) => {
  const res = await fetch(`${baseUrl}/tasks/${id}`, { headers: { Cookie: headCookie }, redirect: "manual" });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  [staff, head] = await Promise.all([apiTestAccounts.staff, apiTestAccounts.head].map(freshApi));
  headCookie = await signInCookie(apiTestAccounts.head);
});

describe("an extension that would put a later step before the step it follows", () => {
  it("is shown to the head before approval, then moves the later steps, answered as shiftedSteps with one event each", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const steps = task.steps as TStep[];
    const started = await staff.post(`/steps/${steps[0].id}/start`, { expectedVersion: steps[0].version });
    expectStatus(started, 200);
    const requested = dayFromToday(22);
    const asked = await staff.post(`/steps/${steps[0].id}/request-extension`, {
      expectedVersion: started.body.step.version,
      requestedDeadline: requested,
      reason: "Chờ số liệu đối chiếu từ cơ quan thuế.",
    });
    expectStatus(asked, 200);

    // What the rule gives, with the server's own calendar.
    const cal = buildCalendar(
      (await apiDb.calendarDay.findMany({ select: { date: true, kind: true, name: true } })) as TCalendarEntry[],
    );
    const request = await apiDb.extensionRequest.findUniqueOrThrow({ where: { id: asked.body.extensionRequest.id } });
    const newDeadline = endOfLocalDay(localDateOf(request.requestedDeadline));
    const expected = shiftLaterDeadlines(
      steps.map((s) => ({ id: s.id, order: s.order, deadline: new Date(s.deadline), isDone: false })),
      { stepId: steps[0].id, newDeadline },
      cal,
    );
    expect(expected.length).toBeGreaterThan(0);

    const { status, html } = await taskPage(task.id);
    expect(status).toBe(200);
    const moves = expected.map((s) => `khâu ${s.order} từ ${formatDate(s.from)} sang ${formatDate(s.to)}`).join(", ");
    expect(html).toContain(`Duyệt gia hạn đến ${formatDate(newDeadline)} sẽ dời ${moves}`);

    const decided = await head.post(`/steps/${steps[0].id}/decide-extension`, {
      expectedVersion: asked.body.step.version,
      requestId: asked.body.extensionRequest.id,
      approve: true,
    });
    expectStatus(decided, 200);
    expect(
      decided.body.shiftedSteps.map((s: TStep & { previousDeadline: string }) => [
        s.id,
        s.previousDeadline,
        s.deadline,
      ]),
    ).toEqual(expected.map((s) => [s.stepId, s.from.toISOString(), s.to.toISOString()]));
    for (const s of expected)
      expect(await eventKinds({ stepId: s.stepId })).toEqual(["STEP_ASSIGNED", "STEP_DEADLINE_SHIFTED"]);
    const after = (await head.get(`/tasks/${task.id}`)).body.steps as TStep[];
    for (let i = 1; i < after.length; i++)
      expect(new Date(after[i].deadline).getTime()).toBeGreaterThanOrEqual(new Date(after[i - 1].deadline).getTime());
  });

  it("shows the head the reason the owner gave for a return, in the ruling box", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [step] = task.steps as TStep[];
    const reason = "Nội dung thuộc lĩnh vực thu, đề nghị chuyển phòng Thu xử lý.";
    expectStatus(await staff.post(`/steps/${step.id}/return`, { expectedVersion: step.version, reason }), 200);
    const { status, html } = await taskPage(task.id);
    expect(status).toBe(200);
    expect(html).toMatch(
      new RegExp(`data-testid="return-reason"[^>]*>Lý do trả lại: (<!-- -->)?<span[^>]*>${reason}</span>`),
    );
  });
});
