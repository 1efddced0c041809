import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, dayFromToday, eventKinds, freshApi, unitIdOf, userId } from "../../support/api/fixtures";

let staff: TApi;
let head: TApi;
let consulted: TApi;
let bystander: TApi;

beforeAll(async () => {
  [staff, head, consulted, bystander] = await Promise.all(
    [apiTestAccounts.staff, apiTestAccounts.head, apiTestAccounts.otherStaff, "quynhdt@demo.bhxh.vn"].map(freshApi),
  );
});

async function consult(targetEmail: string) {
  const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
  const step = task.steps[0];
  const res = await staff.post(`/steps/${step.id}/consultations`, {
    expectedVersion: step.version,
    targetUserId: await userId(targetEmail),
    question: "Đề nghị cho ý kiến về số liệu đối chiếu quý I.",
    responseDeadline: dayFromToday(5),
  });
  expectStatus(res, 201);
  return { task, step, consultation: res.body };
}

describe("consultations over the API", () => {
  it("asks a person in another unit, who then sees the task, answers, and whose answer is marked vague", async () => {
    const { task, consultation } = await consult(apiTestAccounts.otherStaff);
    expect(consultation).toMatchObject({
      targetUserId: await userId(apiTestAccounts.otherStaff),
      answeredAt: null,
      isVague: false,
    });
    expectStatus(await consulted.get(`/tasks/${task.id}`), 200);

    const answered = await consulted.post(`/consultations/${consultation.id}/answer`, {
      position: "AGREE_WITH_COMMENTS",
      answer: "Thống nhất, đề nghị bổ sung số liệu tháng 3.",
    });
    expectStatus(answered, 200);
    expect(answered.body).toMatchObject({
      id: consultation.id,
      position: "AGREE_WITH_COMMENTS",
      answeredById: await userId(apiTestAccounts.otherStaff),
    });

    const vague = await staff.post(`/consultations/${consultation.id}/mark-vague`, {
      reason: "Chưa nêu rõ bổ sung số liệu nào, của đơn vị nào.",
    });
    expectStatus(vague, 200);
    expect(vague.body).toMatchObject({
      isVague: true,
      vagueReason: "Chưa nêu rõ bổ sung số liệu nào, của đơn vị nào.",
    });
    expect(await eventKinds({ consultationId: consultation.id })).toEqual([
      "CONSULTATION_REQUESTED",
      "CONSULTATION_ANSWERED",
      "CONSULTATION_MARKED_VAGUE",
    ]);
  });

  it("can ask a unit instead of a person", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const res = await staff.post(`/steps/${task.steps[0].id}/consultations`, {
      expectedVersion: task.steps[0].version,
      targetUnitId: await unitIdOf(apiTestAccounts.otherStaff),
      question: "Đề nghị đơn vị cho ý kiến về dự thảo.",
      responseDeadline: dayFromToday(3),
    });
    expectStatus(res, 201);
    expect(res.body.targetUserId).toBeNull();
  });

  it("answers 403 to someone who may see the consultation but was not asked, or did not ask", async () => {
    const { consultation } = await consult(apiTestAccounts.otherStaff);
    expectStatus(
      await head.post(`/consultations/${consultation.id}/answer`, {
        position: "AGREE",
        answer: "Lãnh đạo trả lời thay người được hỏi.",
      }),
      403,
    );
    expectStatus(
      await staff.post(`/consultations/${consultation.id}/answer`, {
        position: "AGREE",
        answer: "Người hỏi tự trả lời câu hỏi của mình.",
      }),
      403,
    );
    await consulted.post(`/consultations/${consultation.id}/answer`, {
      position: "DISAGREE",
      answer: "Không thống nhất vì số liệu chưa khớp.",
    });
    expectStatus(
      await head.post(`/consultations/${consultation.id}/mark-vague`, { reason: "Lãnh đạo đánh giá thay người hỏi." }),
      403,
    );
  });

  it("answers 404 to someone outside the task's scope", async () => {
    const { step, consultation } = await consult(apiTestAccounts.otherStaff);
    expectStatus(
      await bystander.post(`/consultations/${consultation.id}/answer`, {
        position: "AGREE",
        answer: "Người ngoài phạm vi trả lời.",
      }),
      404,
    );
    expectStatus(
      await bystander.post(`/consultations/${consultation.id}/mark-vague`, { reason: "Người ngoài phạm vi đánh giá." }),
      404,
    );
    expectStatus(
      await bystander.post(`/steps/${step.id}/consultations`, {
        expectedVersion: 1,
        targetUserId: await userId(apiTestAccounts.staff),
        question: "Câu hỏi của người ngoài phạm vi.",
        responseDeadline: dayFromToday(3),
      }),
      404,
    );
  });

  it("answers 409 to a second answer and to marking an unanswered consultation vague", async () => {
    const { consultation } = await consult(apiTestAccounts.otherStaff);
    const early = await staff.post(`/consultations/${consultation.id}/mark-vague`, {
      reason: "Đánh giá trước khi có trả lời.",
    });
    expectStatus(early, 409);
    expect(early.body.error.code).toBe("INVALID_STATE");
    expectStatus(
      await consulted.post(`/consultations/${consultation.id}/answer`, {
        position: "AGREE",
        answer: "Thống nhất với nội dung dự thảo.",
      }),
      200,
    );
    expectStatus(
      await consulted.post(`/consultations/${consultation.id}/answer`, {
        position: "DISAGREE",
        answer: "Đổi ý, không thống nhất nữa.",
      }),
      409,
    );
  });

  it("answers 400 naming the fields", async () => {
    const { step, consultation } = await consult(apiTestAccounts.otherStaff);
    const bad = await consulted.post(`/consultations/${consultation.id}/answer`, { position: "MAYBE", answer: "ok" });
    expectStatus(bad, 400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["answer", "position"]);
    const both = await staff.post(`/steps/${step.id}/consultations`, {
      expectedVersion: 1,
      question: "Hỏi mà không chọn ai cả.",
      responseDeadline: dayFromToday(3),
    });
    expectStatus(both, 400);
    expect(both.body.error.fields).toHaveProperty("targetUserId");
  });
});
