import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// The demo data's signals appear after the server's first signal sweep, a few seconds after
// start-up; the journeys reload their page until the signals are there.

const BOUNCED_TASK = /ông Phạm Văn Bình/;

/** Opens /signals filtered through the page's own filter form. */
async function filterSignals(page: Page, filters: { person?: RegExp; kind?: string; status?: string }) {
  const form = page.getByRole("form", { name: "Lọc cảnh báo" });
  if (filters.person) {
    const select = form.getByLabel("Người được cảnh báo");
    const label = (await select.locator("option").filter({ hasText: filters.person }).first().innerText()).trim();
    await select.selectOption({ label });
  }
  if (filters.kind) await form.getByLabel("Loại cảnh báo").selectOption({ label: filters.kind });
  if (filters.status) await form.getByLabel("Tình trạng giải trình").selectOption({ label: filters.status });
  await form.getByRole("button", { name: "Lọc" }).click();
  await page.waitForURL(/\/signals\?/);
}

test("a head sees the bounced task flagged with its explanation and drills down to the return events", async ({
  browser,
}) => {
  // The PING_PONG signal is about Trương Văn Hiếu, and a signal follows its subject's unit
  // (BHXH quận Hai Bà Trưng): the head of Đống Đa does not see it; the head of Hà Nội,
  // above both districts, does.
  const namCtx = await browser.newContext();
  const nam = await namCtx.newPage();
  await signIn(nam, "truong.dongda@demo.bhxh.vn");

  const hoaCtx = await browser.newContext();
  const hoa = await hoaCtx.newPage();
  await signIn(hoa, "giamdoc.hanoi@demo.bhxh.vn");
  const pingPong = "/signals?kind=PING_PONG&status=all";
  const signal = hoa
    .getByTestId("signal-item")
    .filter({ hasText: "Trương Văn Hiếu" })
    .filter({ hasText: BOUNCED_TASK });
  await expect(async () => {
    await hoa.goto(pingPong);
    await expect(signal).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  // Now the sweep has run: the head of Đống Đa, filtering the same way, does not get it.
  await nam.goto("/signals");
  await expectNoSeriousA11yViolations(nam);
  await filterSignals(nam, { kind: "Đùn đẩy, chuyển qua lại", status: "Tất cả, kể cả đã xem xét" });
  await expect(nam.getByRole("heading", { name: "Cảnh báo trách nhiệm" })).toBeVisible();
  await expect(nam.getByTestId("signal-item").filter({ hasText: "Trương Văn Hiếu" })).toHaveCount(0);
  await namCtx.close();

  await expect(signal.getByRole("heading", { name: "Đùn đẩy, chuyển qua lại" })).toBeVisible();
  await expect(signal).toContainText("BHXH quận Hai Bà Trưng");
  const explanation = signal.getByTestId("signal-explanation");
  await expect(explanation).toContainText(/Trương Văn Hiếu đã chuyển .+ qua lại \d+ lần/);
  await expect(explanation).toContainText("Đỗ Mạnh Cường → Trương Văn Hiếu → Đỗ Mạnh Cường");
  await expect(signal.getByRole("link", { name: BOUNCED_TASK })).toBeVisible();

  const evidence = signal.getByRole("link", { name: /^sự kiện \d+$/ });
  await expect(evidence.first()).toBeVisible();
  const href = await evidence.last().getAttribute("href");
  expect(href).toMatch(/^\/tasks\/[^/#]+#event-[^/#]+$/);
  await evidence.last().click();
  await hoa.waitForURL(/\/tasks\/[^/#]+#event-/);
  await expect(hoa.getByTestId("task-title")).toContainText("ông Phạm Văn Bình");
  const eventId = href!.split("#")[1];
  const target = hoa.locator(`[id="${eventId}"]`);
  await expect(target).toBeVisible();
  await expect(target).toContainText("Chấp nhận việc trả lại");

  const history = hoa.getByTestId("task-history");
  await expect(history).toContainText("Trả lại (không thuộc thẩm quyền)");
  await expect(history).toContainText("Chấp nhận việc trả lại");
  const returned = history.getByRole("listitem").filter({ hasText: "Trả lại (không thuộc thẩm quyền)" });
  await expect(returned.filter({ hasText: "doanh nghiệp có trụ sở và đóng BHXH tại quận Hai Bà Trưng" })).toHaveCount(
    1,
  );
  await expect(returned.filter({ hasText: "hồ sơ gốc do BHXH quận Đống Đa quản lý, đề nghị trả lại" })).toHaveCount(1);
  const upheld = history.getByRole("listitem").filter({ hasText: "Chấp nhận việc trả lại" });
  await expect(upheld.filter({ hasText: "chuyển BHXH quận Hai Bà Trưng xác minh" })).toHaveCount(1);
  await expect(upheld.filter({ hasText: "BHXH quận Đống Đa chủ trì" })).toHaveCount(1);
  await hoaCtx.close();
});

test("staff answer a signal and the head accepts it as an objective cause", async ({ browser }) => {
  const lanCtx = await browser.newContext();
  const lan = await lanCtx.newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  const unanswered = lan
    .getByTestId("signal-item")
    .filter({ has: lan.getByTestId("signal-status").filter({ hasText: "Chưa giải trình" }) })
    .filter({ has: lan.getByTestId("answer-signal") });
  await expect(async () => {
    await lan.goto("/signals");
    await expect(unanswered.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const kinds = ["Trì trệ, cầm chừng", "Quá hạn không xin gia hạn", "Không trả lời xin ý kiến"];
  for (const kind of kinds) {
    await expect(lan.getByTestId("signal-item").getByRole("heading", { name: kind }).first()).toBeVisible();
  }

  // One of hers, chosen by its id so the head finds the same one whatever else changed.
  const chosen = unanswered.filter({ has: lan.getByRole("heading", { name: "Không trả lời xin ý kiến" }) }).first();
  const signalId = await chosen.getAttribute("data-signal-id");
  expect(signalId).toBeTruthy();
  const mine = lan.locator(`[data-testid="signal-item"][data-signal-id="${signalId}"]`);
  const form = mine.getByTestId("answer-signal");
  const explanation =
    "Đơn vị chủ trì gửi xin ý kiến khi tôi đang đi công tác theo quyết định của Giám đốc; đã trả lời ngay khi về.";
  await form.getByLabel("Giải trình của bạn").fill("Quá ngắn");
  await form.getByRole("button", { name: "Gửi giải trình" }).click();
  await expect(form).toContainText("ít nhất 20 ký tự");
  await form.getByLabel("Giải trình của bạn").fill(explanation);
  await form.getByRole("button", { name: "Gửi giải trình" }).click();
  await expect(mine.getByTestId("signal-status")).toHaveText("Đã giải trình, chờ lãnh đạo xem xét");
  await expect(mine).toContainText(explanation);
  await expect(mine.getByTestId("answer-signal")).toHaveCount(0);

  const namCtx = await browser.newContext();
  const nam = await namCtx.newPage();
  await signIn(nam, "truong.dongda@demo.bhxh.vn");
  await nam.goto("/signals");
  await filterSignals(nam, {
    person: /^Nguyễn Thị Lan — BHXH quận Đống Đa$/,
    status: "Đã giải trình, chờ lãnh đạo xem xét",
  });
  const hers = nam.locator(`[data-testid="signal-item"][data-signal-id="${signalId}"]`);
  await expect(hers).toContainText(explanation);
  await expect(hers).toContainText("Nguyễn Thị Lan");
  const accept = hers.getByTestId("accept-signal");
  const note = "Đồng ý: đi công tác theo quyết định của đơn vị là nguyên nhân khách quan.";
  await accept.getByLabel("Ý kiến của lãnh đạo (không bắt buộc)").fill(note);
  await accept.getByRole("button", { name: "Chấp nhận là nguyên nhân khách quan" }).click();
  // Ruled on, it leaves the list of explanations waiting for the head.
  await expect(hers).toHaveCount(0);

  await nam.goto("/signals");
  await filterSignals(nam, { person: /^Nguyễn Thị Lan — BHXH quận Đống Đa$/, status: "Tất cả, kể cả đã xem xét" });
  await expect(hers.getByTestId("signal-status")).toHaveText("Giải trình được chấp nhận (nguyên nhân khách quan)");
  await expect(hers).toContainText("Không tính vào đánh giá cá nhân");
  await expect(hers).toContainText(note);
  await expect(hers).toContainText("Hoàng Văn Nam");
  await expect(hers.getByTestId("accept-signal")).toHaveCount(0);

  // She sees the ruling too.
  await lan.goto("/signals?status=all");
  await expect(mine.getByTestId("signal-status")).toHaveText("Giải trình được chấp nhận (nguyên nhân khách quan)");
  await expect(mine).toContainText("Không tính vào đánh giá cá nhân");
  await namCtx.close();
  await lanCtx.close();
});

test("TCCB sorts the units, drills down to a district and downloads the Excel report", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, "tccb@demo.bhxh.vn");
  await page.goto("/compliance");
  await expectNoSeriousA11yViolations(page);
  const table = page.getByTestId("compliance-table");
  await expect(table).toBeVisible();

  const rateHeader = table.getByRole("columnheader", { name: /Tỷ lệ đúng hạn/ });
  const before = await rateHeader.getAttribute("aria-sort");
  await rateHeader.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=onTimeRate/);
  await expect(rateHeader).toHaveAttribute("aria-sort", /^(ascending|descending)$/);
  const first = await rateHeader.getAttribute("aria-sort");
  expect(first).not.toBe(before);
  await rateHeader.getByRole("link").click();
  const second = first === "ascending" ? "descending" : "ascending";
  await expect(rateHeader).toHaveAttribute("aria-sort", second);
  await expect(page).toHaveURL(new RegExp(`[?&]dir=${second === "ascending" ? "asc" : "desc"}`));
  // Only the sorted column says so.
  await expect(table.getByRole("columnheader", { name: /^Đơn vị/ })).not.toHaveAttribute("aria-sort", /.+/);

  const breadcrumb = page.getByRole("navigation", { name: "Cây đơn vị" });
  await table.getByRole("rowheader").getByRole("link", { name: "BHXH TP. Hà Nội", exact: true }).click();
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText("BHXH TP. Hà Nội");
  await expect(page).toHaveURL(/[?&]sort=onTimeRate/);
  const dongDa = table.getByRole("rowheader").filter({ hasText: "BHXH quận Đống Đa" });
  await dongDa.getByRole("link").last().click();
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText("BHXH quận Đống Đa");
  await expect(breadcrumb.getByRole("link", { name: "BHXH TP. Hà Nội" })).toBeVisible();

  const excel = page.getByRole("link", { name: "Tải Excel" });
  await expect(excel).toHaveAttribute("href", /^\/api\/v1\/reports\/summary\.xlsx\?.*unit=/);
  const [download] = await Promise.all([page.waitForEvent("download"), excel.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);

  const ws = wb.getWorksheet("Tổng hợp theo đơn vị");
  expect(ws).toBeTruthy();
  const texts = (row: ExcelJS.Row) => (row.values as unknown[]).map((v) => (typeof v === "string" ? v.trim() : v));
  let headerRow: ExcelJS.Row | undefined;
  let totalsRow: ExcelJS.Row | undefined;
  ws!.eachRow((row) => {
    const values = texts(row);
    if (!headerRow && values.includes("Hoàn thành đúng hạn")) headerRow = row;
    if (values.includes("Tổng cộng")) totalsRow = row;
  });
  expect(headerRow, "header row").toBeTruthy();
  for (const h of ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Quá hạn"])
    expect(texts(headerRow!)).toContain(h);
  expect(totalsRow, "totals row").toBeTruthy();
  expect(totalsRow!.number).toBeGreaterThan(headerRow!.number);
  const columnOf = (h: string) => texts(headerRow!).indexOf(h);
  for (const h of ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Quá hạn"]) {
    const cell = totalsRow!.getCell(columnOf(h));
    const formula = cell.formula ?? (cell.value as { formula?: string } | null)?.formula;
    expect(formula, `totals formula under ${h}`).toMatch(/^SUM\(/);
  }
  await ctx.close();
});
