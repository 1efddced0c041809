import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, openTaskByTitle, signIn } from "./support";

// Accounts of BHXH Đà Nẵng that no other journey uses: the deputy director (Hoài) returns her
// step, the director (Đức) names Khoa his deputy for head decisions, and Khoa rules on the return.
const TASK = /Rà soát, thay thế hoặc điều chuyển công chức, viên chức năng lực yếu/;

test("a head names a deputy, who signs in and rules on a return in the head's unit, recorded as acting for the head", async ({
  browser,
}) => {
  // Three people sign in and axe runs on four pages: more than a minute when two journeys share two cores.
  test.setTimeout(150_000);
  const hoai = await (await browser.newContext()).newPage();
  await signIn(hoai, "hoaitt@demo.bhxh.vn");
  await openTaskByTitle(hoai, TASK);
  const taskUrl = hoai.url();
  const step = hoai.getByTestId("step-2");
  await step.getByRole("button", { name: /Trả lại/ }).click();
  await step
    .getByLabel(/không thuộc thẩm quyền/)
    .fill("Việc rà soát năng lực công chức thuộc phòng Tổ chức cán bộ, không thuộc thẩm quyền của tôi.");
  await step.getByRole("button", { name: "Trả lại cho lãnh đạo" }).click();
  await expect(step.getByTestId("step-status")).toHaveText(/Trả lại/);

  const head = await (await browser.newContext()).newPage();
  await signIn(head, "ducpv@demo.bhxh.vn");
  await head.goto("/profile");
  await head.getByRole("link", { name: "Ủy quyền khi vắng mặt" }).click();
  const form = head.getByTestId("delegation-form");
  const deputy = form.getByLabel("Người được ủy quyền");
  const chooseDeputy = async (name: string) =>
    deputy.selectOption((await deputy.locator("option", { hasText: name }).getAttribute("value"))!);
  // Nobody is their own deputy: the head is not offered.
  await expect(deputy.locator("option", { hasText: "Phan Văn Đức" })).toHaveCount(0);
  await chooseDeputy("Lê Minh Khoa");
  await expect(form.getByLabel("Phạm vi")).toHaveValue("HEAD_DECISIONS");
  await form.getByLabel(/Lý do/).fill("Đi công tác tại BHXH Việt Nam");
  await form.getByRole("button", { name: "Ủy quyền", exact: true }).click();
  await expect(form.getByTestId("delegation-created")).toBeVisible();
  const given = head.getByTestId("section-delegations-given");
  await expect(given.getByTestId("delegation-row")).toContainText("Lê Minh Khoa");
  await expect(given.getByTestId("delegation-row")).toContainText("Đang hiệu lực");
  await expectNoSeriousA11yViolations(head);
  // The same range again overlaps: refused with its reason, and nothing more is listed.
  await chooseDeputy("Lê Thị Thu Sương");
  await form.getByRole("button", { name: "Ủy quyền", exact: true }).click();
  await expect(form.getByTestId("error-startsOn")).toContainText("trùng với một ủy quyền khác");
  await expect(given.getByTestId("delegation-row")).toHaveCount(1);

  const khoa = await (await browser.newContext()).newPage();
  await signIn(khoa, "khoalm@demo.bhxh.vn");
  await khoa.goto("/my-work");
  const rulings = khoa.getByTestId("group-deputy-rulings");
  await expect(khoa.getByTestId("group-deputy")).toContainText("Việc làm thay Phan Văn Đức");
  await expect(rulings).toContainText("Rà soát, thay thế hoặc điều chuyển công chức");
  await expectNoSeriousA11yViolations(khoa);
  await openTaskByTitle(khoa, TASK);
  expect(khoa.url()).toBe(taskUrl);
  const overrule = khoa.getByTestId("step-2").getByTestId("overrule-form");
  await overrule
    .getByLabel(/Lý do bác/)
    .fill("Rà soát năng lực công chức là nhiệm vụ được giao cho chị Hoài theo kế hoạch của đơn vị.");
  await overrule.getByRole("button", { name: /Bác việc trả lại/ }).click();
  await expect(khoa.getByTestId("step-2").getByTestId("step-status")).toHaveText("Chờ xử lý");
  const history = khoa.getByTestId("task-history");
  await expect(history).toContainText("Lê Minh Khoa (thay Phan Văn Đức)");
  await expect(history).toContainText("Bác việc trả lại");
  await expectNoSeriousA11yViolations(khoa);

  // The owner sees the step back, and who decided for whom.
  await hoai.reload();
  await expect(hoai.getByTestId("step-2").getByTestId("step-status")).toHaveText("Chờ xử lý");
  await expect(hoai.getByTestId("task-history")).toContainText("Lê Minh Khoa (thay Phan Văn Đức)");
});
