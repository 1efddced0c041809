import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";

const vi = (m: Parameters<typeof translate>[1]) => translate("vi", m);
import type { TDigestItem } from "./digest-item";
import { formatDailyDigest } from "./format-daily-digest";

const person = { id: "u1", name: "Nguyễn <Văn> A", email: "a@bhxh.vn" };
const base = "https://trach.bhxh.vn";
const item = (over: Partial<TDigestItem>): TDigestItem => ({
  userId: "u1",
  section: "overdue",
  taskId: "t1",
  taskTitle: "Báo cáo quý",
  stepId: "s1",
  stepName: "Tổng hợp",
  deadline: new Date("2026-12-04T16:59:59.999Z"),
  consultationId: null,
  signalId: null,
  note: null,
  total: 1,
  ...over,
});

describe("formatDailyDigest", () => {
  it("sends nothing to a person with nothing to say", () => {
    expect(formatDailyDigest(person, [], "2026-12-07", base, vi)).toBeNull();
  });

  it("writes a Vietnamese subject with the day, and each line with its absolute link in text and HTML", () => {
    const mail = formatDailyDigest(person, [item({})], "2026-12-07", base, vi);
    expect(mail?.subject).toBe("Bản tin công việc ngày 07/12/2026");
    expect(mail?.recipient).toBe("a@bhxh.vn");
    expect(mail?.text).toContain("Việc của anh/chị đã quá hạn (1)");
    expect(mail?.text).toContain(
      "- Khâu «Tổng hợp» – nhiệm vụ «Báo cáo quý» (hạn 04/12/2026): https://trach.bhxh.vn/tasks/t1#step-s1",
    );
    expect(mail?.html).toContain('<a href="https://trach.bhxh.vn/tasks/t1#step-s1">');
    expect(mail?.link).toBe("https://trach.bhxh.vn/my-work");
    expect(mail?.text).toContain("tại trang cá nhân: https://trach.bhxh.vn/profile");
  });

  it("escapes names in the HTML", () => {
    const mail = formatDailyDigest(person, [item({ taskTitle: "<script>x</script>" })], "2026-12-07", base, vi);
    expect(mail?.html).toContain("Nguyễn &lt;Văn&gt; A");
    expect(mail?.html).not.toContain("<script>");
  });

  it("orders sections and links consultations and signals to themselves", () => {
    const mail = formatDailyDigest(
      person,
      [
        item({ section: "signals", signalId: "g1", note: "Trì trệ, cầm chừng", deadline: null }),
        item({ section: "consultations", consultationId: "c1" }),
        item({ section: "dueToday" }),
      ],
      "2026-12-07",
      base,
      vi,
    );
    const text = mail?.text ?? "";
    const order = ["Việc đến hạn hôm nay", "Xin ý kiến đang chờ", "Cảnh báo về anh/chị"].map((h) => text.indexOf(h));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(text).toContain("/tasks/t1#consultation-c1");
    expect(text).toContain("Trì trệ, cầm chừng: Khâu «Tổng hợp»");
    expect(text).toContain("/signals?status=all#signal-g1");
  });

  it("words a notification's line by its sentence, linked to its step", () => {
    const sentence = "Trần B đã đồng ý gia hạn khâu «Tổng hợp» của nhiệm vụ «Báo cáo quý».";
    const text = formatDailyDigest(
      person,
      [item({ section: "notifications", note: sentence })],
      "2026-12-07",
      base,
      vi,
    )?.text;
    expect(text).toContain(`Thông báo từ bản tin trước (1)\n- ${sentence}: https://trach.bhxh.vn/tasks/t1#step-s1`);
  });

  it("lists ten lines of a section and counts the rest", () => {
    const many = Array.from({ length: 10 }, (_, i) => item({ stepId: `s${i}`, total: 14 }));
    const text = formatDailyDigest(person, many, "2026-12-07", base, vi)?.text ?? "";
    expect(text).toContain("(14)");
    expect(text).toContain("… và 4 mục khác.");
    expect(text.match(/^- /gm)).toHaveLength(10);
  });
});
