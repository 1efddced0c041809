import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";

const vi = (m: Parameters<typeof translate>[1]) => translate("vi", m);
import { formatWeeklySummary, type TWeeklyUnitRow } from "./format-weekly-summary";

const person = { id: "u", name: "Lê C", email: "c@bhxh.vn" };
const period = { key: "2026-W50", from: new Date("2026-11-30T00:45:00Z"), to: new Date("2026-12-07T00:45:00Z") };
const row = (unitName: string, n: Partial<TWeeklyUnitRow>): TWeeklyUnitRow => ({
  unitId: unitName,
  unitName,
  newOverdue: 0,
  openOverdue: 0,
  signalsRaised: 0,
  escalations: 0,
  ...n,
});

describe("formatWeeklySummary", () => {
  it("counts per top-level unit with the sector's totals, and leaves quiet units out", () => {
    const mail = formatWeeklySummary(
      person,
      [
        row("BHXH Hà Nội", { newOverdue: 3, openOverdue: 10, signalsRaised: 2 }),
        row("BHXH Huế", {}),
        row("<Vụ>", { escalations: 1 }),
      ],
      period,
      "https://trach.bhxh.vn",
      vi,
    );
    expect(mail.subject).toBe("Tổng hợp tuần 2026-W50: việc quá hạn, cảnh báo, báo cáo vượt cấp");
    expect(mail.text).toContain("từ 30/11/2026 07:45 đến 07/12/2026 07:45");
    expect(mail.text).toContain(
      "- BHXH Hà Nội: Mới quá hạn trong tuần 3; Đang quá hạn 10; Cảnh báo mới 2; Báo cáo vượt cấp 0",
    );
    expect(mail.text).toContain(
      "Toàn ngành: Mới quá hạn trong tuần 3; Đang quá hạn 10; Cảnh báo mới 2; Báo cáo vượt cấp 1",
    );
    expect(mail.text).not.toContain("BHXH Huế");
    expect(mail.html).toContain("<td>&lt;Vụ&gt;</td>");
    expect(mail.text).toContain("https://trach.bhxh.vn/dashboard");
  });

  it("says so when the week had nothing", () => {
    const mail = formatWeeklySummary(person, [row("BHXH Huế", {})], period, "https://x", vi);
    expect(mail.text).toContain("Không có việc quá hạn, cảnh báo hay báo cáo vượt cấp nào trong tuần.");
  });
});
