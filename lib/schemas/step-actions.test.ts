import { describe, expect, it } from "vitest";
import { ZDecideExtension, ZEscalateStep, ZRecordProgress, ZRequestExtension, ZReturnStep } from "./step-actions";

const stepId = "6f1c2a0e-6a57-4a3e-9a55-0d6f1b2c3d4e";
const base = { stepId, expectedVersion: 2, requestId: "0b7f3e9a-1c2d-4e5f-8a9b-0c1d2e3f4a5b" };
const reason = "Vượt thẩm quyền của đơn vị, cần Giám đốc quyết định.";

/** The fields a refused parse names, as the API's `fields` and the forms' errors name them. */
function refusedFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return [...new Set(result.error!.issues.map((i) => i.path.join(".")))];
}

describe("expectedVersion is a JSON number, nothing converted", () => {
  it.each([
    [""],
    ["1"],
    ["0x10"],
    [true],
    [false],
    [[]],
    [null],
    [{}],
    [1.5],
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])("refuses %j and names the field", (expectedVersion) => {
    expect(refusedFields(ZEscalateStep.safeParse({ stepId, expectedVersion, reason }))).toEqual(["expectedVersion"]);
  });

  it("accepts 0 and whole numbers", () => {
    expect(ZEscalateStep.parse({ stepId, expectedVersion: 0, reason }).expectedVersion).toBe(0);
    expect(ZEscalateStep.parse({ stepId, expectedVersion: 17, reason }).expectedVersion).toBe(17);
  });
});

describe("ZDecideExtension reads only a JSON boolean", () => {
  it.each([[true], [false]])("reads approve %j", (approve) => {
    expect(ZDecideExtension.parse({ ...base, approve }).approve).toBe(approve);
  });

  it.each([["true"], ["false"], [""], [1], [0], [null]])("refuses approve %j", (approve) => {
    expect(refusedFields(ZDecideExtension.safeParse({ ...base, approve }))).toEqual(["approve"]);
  });

  it("refuses a missing decision with a Vietnamese message", () => {
    const r = ZDecideExtension.safeParse(base);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "Chọn duyệt hoặc từ chối gia hạn (approve: true hoặc false).",
    ]);
  });
});

describe("dates are yyyy-mm-dd days", () => {
  it("reads a day", () => {
    expect(
      ZRequestExtension.parse({ stepId, expectedVersion: 1, requestedDeadline: "2026-12-24", reason })
        .requestedDeadline,
    ).toBe("2026-12-24");
  });

  it.each([["2026-02-31"], ["24/12/2026"], ["2026-12-24T00:00:00Z"], [1798070400000], [""], [null]])(
    "refuses %j",
    (requestedDeadline) => {
      expect(
        refusedFields(ZRequestExtension.safeParse({ stepId, expectedVersion: 1, requestedDeadline, reason })),
      ).toEqual(["requestedDeadline"]);
    },
  );
});

describe("text refuses control characters and is NFC", () => {
  it.each([["\u0000"], ["\u0007"], ["\u001b[31m"], ["\u007f"], ["\u0085"], ["\u202e"], ["\ud800"]])(
    "refuses %j in a reason",
    (bad) => {
      const r = ZReturnStep.safeParse({ stepId, expectedVersion: 1, reason: `Không đúng thẩm quyền ${bad} của tôi.` });
      expect(refusedFields(r)).toEqual(["reason"]);
    },
  );

  it("names the character a person can look for", () => {
    const r = ZReturnStep.safeParse({ stepId, expectedVersion: 1, reason: "Không đúng\u0000 thẩm quyền." });
    expect(r.error?.issues[0].message).toContain("U+0000");
  });

  it("keeps newlines and tabs in multi-line text", () => {
    const note = "Đã làm:\n\t- đối chiếu số liệu\r\n\t- gửi phòng Thu";
    expect(ZRecordProgress.parse({ stepId, expectedVersion: 1, note }).note).toBe(note);
  });

  it("normalises to NFC", () => {
    const decomposed = "Hà Nội đã trả lời".normalize("NFD");
    const parsed = ZRecordProgress.parse({ stepId, expectedVersion: 1, note: decomposed }).note;
    expect(parsed).toBe("Hà Nội đã trả lời".normalize("NFC"));
    expect(parsed).not.toBe(decomposed);
  });

  it("says a missing note is missing, in Vietnamese", () => {
    const r = ZRecordProgress.safeParse({ stepId, expectedVersion: 1 });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["note", "Thiếu nội dung tiến độ."]]);
  });
});
