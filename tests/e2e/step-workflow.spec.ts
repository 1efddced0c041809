import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, isoDateIn, openTaskByTitle, signIn } from "./support";

// Each journey works on its own demo task, so the journeys can run side by side.

test("staff start a step, consult another unit, get an answer and complete", async ({ browser }) => {
  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(lan, "Rà soát, bổ sung nội quy, quy chế làm việc");
  await expectNoSeriousA11yViolations(lan);
  const step = lan.getByTestId("step-2");
  await step.getByRole("button", { name: "Bắt đầu xử lý" }).click();
  await expect(step.getByTestId("step-status")).toHaveText("Đang xử lý");

  await step.getByRole("button", { name: "Xin ý kiến", exact: true }).click();
  await step.getByLabel("Đơn vị được hỏi").selectOption({ label: "BHXH quận Hai Bà Trưng" });
  await step.getByLabel("Nội dung xin ý kiến").fill("Đề nghị cho ý kiến về số liệu thu BHXH quý IV trên địa bàn.");
  await step.getByLabel("Hạn trả lời").fill(isoDateIn(7));
  await step.getByRole("button", { name: "Gửi xin ý kiến" }).click();
  await expect(step.getByTestId("consultation").last()).toContainText("Chưa trả lời");
  const taskUrl = lan.url();

  const hieu = await (await browser.newContext()).newPage();
  await signIn(hieu, "hieutv@demo.bhxh.vn");
  await hieu.goto(taskUrl);
  const answer = hieu.getByTestId("answer-consultation").last();
  await answer.getByLabel("Quan điểm", { exact: true }).selectOption("AGREE_WITH_COMMENTS");
  await answer
    .getByLabel(/Nội dung trả lời/)
    .fill("Thống nhất số liệu; đề nghị bổ sung số đơn vị nợ đọng trên 3 tháng.");
  await answer.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(hieu.getByText("đề nghị bổ sung số đơn vị nợ đọng").first()).toBeVisible();

  await lan.reload();
  await expect(lan.getByText("đề nghị bổ sung số đơn vị nợ đọng").first()).toBeVisible();
  await step.getByRole("button", { name: "Hoàn thành", exact: true }).click();
  await step.getByLabel("Kết quả thực hiện").fill("Đã hoàn thành dự thảo, tiếp thu ý kiến BHXH quận Hai Bà Trưng.");
  await step.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(step.getByTestId("step-status")).toHaveText("Đã xong");
  await expect(lan.getByTestId("step-3").getByTestId("step-status")).not.toHaveText("Chưa đến lượt");
  const history = lan.getByTestId("task-history");
  for (const kind of ["Bắt đầu xử lý", "Xin ý kiến", "Trả lời xin ý kiến", "Hoàn thành khâu"])
    await expect(history).toContainText(kind);
  await expectNoSeriousA11yViolations(lan);
});

test("a step returned as not my remit is overruled and goes back to its owner, with reasons in the history", async ({
  browser,
}) => {
  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(lan, "Giải quyết dứt điểm hồ sơ tồn đọng");
  const taskUrl = lan.url();
  const step = lan.getByTestId("step-3");
  await step.getByRole("button", { name: /Trả lại/ }).click();
  await step
    .getByLabel(/không thuộc thẩm quyền/)
    .fill("Nội dung trình thuộc bộ phận Tổ chức - Hành chính, không thuộc thẩm quyền của tôi.");
  await step.getByRole("button", { name: "Trả lại cho lãnh đạo" }).click();
  await expect(step.getByTestId("step-status")).toHaveText(/Trả lại/);

  const head = await (await browser.newContext()).newPage();
  await signIn(head, "truong.dongda@demo.bhxh.vn");
  await expect(head.getByTestId("unit-rulings")).toContainText("Bị trả lại");
  await head.goto(taskUrl);
  await expectNoSeriousA11yViolations(head);
  const overrule = head.getByTestId("step-3").getByTestId("overrule-form");
  await overrule.getByLabel(/Lý do bác/).fill("Việc trình thuộc nhiệm vụ được phân công cho chị Lan theo quy chế.");
  await overrule.getByRole("button", { name: /Bác việc trả lại/ }).click();
  await expect(head.getByTestId("step-3").getByTestId("step-status")).toHaveText("Chờ xử lý");
  await expect(head.getByTestId("step-3").getByTestId("step-owner")).toHaveText("Nguyễn Thị Lan");
  const history = head.getByTestId("task-history");
  await expect(history).toContainText("Trả lại (không thuộc thẩm quyền)");
  await expect(history).toContainText("không thuộc thẩm quyền của tôi");
  await expect(history).toContainText("Bác việc trả lại");
  await expect(history).toContainText("phân công cho chị Lan theo quy chế");
});

test("an extension is requested and approved; the new deadline shows with the original kept", async ({ browser }) => {
  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(lan, "Xây dựng kế hoạch và tổ chức quán triệt Công văn 1251");
  const taskUrl = lan.url();
  const step = lan.getByTestId("step-2");
  const before = (await step.getByTestId("step-deadline").innerText()).match(/\d{2}\/\d{2}\/\d{4}/)![0];
  await step.getByRole("button", { name: "Xin gia hạn" }).click();
  await step.getByLabel("Đề nghị gia hạn đến ngày").fill(isoDateIn(14));
  await step
    .getByLabel("Lý do xin gia hạn")
    .fill("Chờ tài liệu hướng dẫn của Vụ Tổ chức cán bộ để hoàn thiện kế hoạch.");
  await step.getByRole("button", { name: "Gửi đề nghị gia hạn" }).click();
  await expect(lan.getByTestId("task-history")).toContainText("Xin gia hạn");

  const head = await (await browser.newContext()).newPage();
  await signIn(head, "truong.dongda@demo.bhxh.vn");
  await head.goto(taskUrl);
  const decide = head.getByTestId("step-2").getByTestId("decide-extension");
  await decide.getByRole("button", { name: "Đồng ý gia hạn" }).click();
  const deadline = head.getByTestId("step-2").getByTestId("step-deadline");
  await expect(deadline).toContainText(`hạn ban đầu ${before}`);
  const [y, m, d] = isoDateIn(14).split("-");
  await expect(deadline).toContainText(`Hạn ${d}/${m}/${y}`);
  await expect(head.getByTestId("task-history")).toContainText("Đồng ý gia hạn");
});
