import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { WordsProvider } from "@/components/i18n/words-provider";
import { describe, expect, it } from "vitest";
import { SignalAnswers } from "@/components/signals/signal-answers";
import { SignalLoop } from "@/components/signals/signal-loop";
import { Fold } from "@/components/ui/fold";
import { Pagination } from "@/components/ui/pagination";
import { UnitRulings } from "@/components/unit-work/unit-rulings";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { StepRow } from "@/components/work/step-row";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { TIME_ZONE, type TLocale } from "@/lib/i18n/locales";
import { compiledCatalog } from "./compiled-catalog";

// The screens' components rendered in each language. The Vietnamese text must stay exactly
// what it was before the catalogs (the end-to-end journeys match it), so it is spelled out here.
const render = (locale: TLocale, element: ReactElement) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: TIME_ZONE,
      messages: locale === "vi" ? vi : en,
      // Client components (Fold) read the catalogs as the browser gets them.
      children: createElement(WordsProvider, {
        locale,
        messages: compiledCatalog(locale === "vi" ? vi : en),
        children: element,
      }),
    }),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, "");

const task = { id: "t1", title: "Rà soát quy chế", directive: { number: "1251/BHXH-TCCB" } };
const d = (iso: string) => new Date(iso);

describe("work screens in Vietnamese and English", () => {
  it("words a step row with its point, kind, status and deadline", () => {
    const step = {
      id: "s1",
      name: "Dự thảo",
      kind: "HANDLE",
      status: "IN_PROGRESS",
      deadline: d("2026-12-24T10:00:00Z"),
      task: { ...task, point: "2" },
    };
    expect(text(render("vi", createElement(StepRow, { step })))).toBe(
      "Rà soát quy chế1251/BHXH-TCCB · điểm 2 · Khâu: Dự thảo (Xử lý, dự thảo) · Đang xử lýHạn: 24/12/2026",
    );
    expect(text(render("en", createElement(StepRow, { step })))).toBe(
      "Rà soát quy chế1251/BHXH-TCCB · point 2 · Step: Dự thảo (Handle, draft) · In progressDeadline: 24/12/2026",
    );
    // A status the catalog does not know shows as stored, as the old label map did.
    expect(text(render("vi", createElement(StepRow, { step: { ...step, status: "NEW_STATUS" } })))).toContain(
      "· NEW_STATUS",
    );
  });

  it("words the classification badge with its working days", () => {
    const overdue = { category: "OVERDUE", workingDaysOverdue: 3, isExtended: true } as const;
    expect(text(render("vi", createElement(ClassificationBadge, { classification: overdue })))).toBe(
      "Quá hạn· quá 3 ngày làm việc· đã gia hạn",
    );
    expect(text(render("en", createElement(ClassificationBadge, { classification: overdue })))).toBe(
      "Overdue· 3 working days overdue· extended",
    );
    const today = { category: "DUE_SOON", workingDaysLeft: 0, isExtended: false } as const;
    expect(text(render("vi", createElement(ClassificationBadge, { classification: today })))).toBe(
      "Sắp đến hạn· hạn hôm nay",
    );
    const one = { category: "IN_TIME", workingDaysLeft: 1, isExtended: false } as const;
    expect(text(render("en", createElement(ClassificationBadge, { classification: one })))).toBe(
      "In time· 1 working day left",
    );
  });

  it("words the decisions waiting for a head, with links to the tasks", () => {
    const rulings = {
      returns: [
        {
          id: "r1",
          name: "Thẩm định",
          owner: { name: "Lê Văn B" },
          task,
          events: [{ reason: "Không thuộc thẩm quyền", at: d("2026-12-01T03:00:00Z") }],
        },
      ],
      extensions: [
        {
          id: "x1",
          reason: "Chờ số liệu",
          requestedDeadline: d("2026-12-31T10:00:00Z"),
          previousDeadline: d("2026-12-20T10:00:00Z"),
          requester: { name: "Trần C" },
          step: { id: "s2", name: "Tổng hợp", task },
        },
      ],
      escalations: [
        {
          id: "e1",
          reason: "Quá hạn 10 ngày",
          createdAt: d("2026-12-02T03:00:00Z"),
          fromUnit: { name: "BHXH tỉnh X" },
          raisedBy: { name: "Phạm D" },
          step: null,
          task,
        },
      ],
    };
    const vi = render("vi", createElement(UnitRulings, { rulings }));
    expect(vi).toContain('<a class="font-medium text-brand-700 underline" href="/tasks/t1">Rà soát quy chế</a>');
    expect(text(vi)).toBe(
      "Bị trả lại: khâu “Thẩm định” của Rà soát quy chế — Lê Văn BLý do: Không thuộc thẩm quyền" +
        "Xin gia hạn: Trần C xin gia hạn khâu “Tổng hợp” của Rà soát quy chế từ 20/12/2026 đến 31/12/2026Lý do: Chờ số liệu" +
        "Báo cáo vượt cấp từ BHXH tỉnh X (Phạm D) ngày 02/12/2026: Rà soát quy chếQuá hạn 10 ngày",
    );
    expect(text(render("en", createElement(UnitRulings, { rulings })))).toContain(
      "Escalation from BHXH tỉnh X (Phạm D) on 02/12/2026: Rà soát quy chế",
    );
    const noOne = {
      ...rulings,
      returns: [],
      extensions: [],
      escalations: [{ ...rulings.escalations[0]!, raisedBy: null }],
    };
    expect(text(render("vi", createElement(UnitRulings, { rulings: noOne })))).toBe(
      "Báo cáo vượt cấp từ BHXH tỉnh X ngày 02/12/2026: Rà soát quy chếQuá hạn 10 ngày",
    );
  });

  it("words a ping-pong loop and the explanations given", () => {
    const loop = {
      people: [
        { id: "u1", name: "An", unitId: "d1", unitName: "Phòng A" },
        { id: "u2", name: "Bình", unitId: null, unitName: null },
      ],
      units: [{ id: "d1", name: "Phòng A" }],
      handovers: [
        {
          eventId: "ev1",
          seq: 7,
          at: "2026-12-01T03:00:00+00:00",
          kind: "STEP_RETURNED",
          actorId: null,
          fromUserId: "u1",
          toUserId: null,
          fromUnitId: null,
          toUnitId: "d9",
        },
      ],
    };
    const html = render("vi", createElement(SignalLoop, { loop, taskId: "t1" }));
    expect(text(html)).toMatch(
      /^Những người trong vòng: An \(Phòng A\), BìnhĐơn vị liên quan: Phòng Asự kiện #7 lúc 01\/12\/2026 \d\d:\d\d · Trả lại \(không thuộc thẩm quyền\): An → không rõ$/,
    );
    expect(text(render("en", createElement(SignalLoop, { loop, taskId: "t1" })))).toContain("event #7 at ");
    const answers = [
      {
        id: "a1",
        explanation: "Chờ đơn vị khác",
        createdAt: d("2026-12-03T03:00:00Z"),
        decision: "ACCEPTED" as const,
        reviewedAt: d("2026-12-04T03:00:00Z"),
        reviewNote: "Đồng ý",
        author: { name: "An" },
        reviewedBy: { name: "Hà" },
      },
    ];
    const given = render("vi", createElement(SignalAnswers, { answers }));
    expect(given).toContain('aria-label="Các lần giải trình"');
    expect(given).toMatch(/An giải trình lúc <time dateTime="2026-12-03T03:00:00.000Z">03\/12\/2026 \d\d:\d\d<\/time>/);
    expect(text(given)).toContain("Giải trình được chấp nhận (nguyên nhân khách quan) — Hà, 04/12/2026");
    expect(text(render("en", createElement(SignalAnswers, { answers })))).toContain(
      "Explanation accepted (objective cause) — Hà, 04/12/2026",
    );
  });

  it("words pagination and the fold button, with English plurals", () => {
    const pages = (locale: TLocale) =>
      text(
        render(locale, createElement(Pagination, { page: 2, pageCount: 3, hrefFor: (p: number) => `/x?page=${p}` })),
      );
    expect(pages("vi")).toBe("← Trang trướcTrang 2/3Trang sau →");
    expect(pages("en")).toBe("← Previous pagePage 2/3Next page →");
    const fold = (locale: TLocale, count: number, items: "decisions" | "steps" | "tasks") =>
      text(render(locale, createElement(Fold, { count, items, children: "…" })));
    expect(fold("vi", 8, "decisions")).toBe("…Xem thêm 3 việc chờ quyết định");
    expect(fold("vi", 6, "steps")).toBe("…Xem thêm 1 khâu");
    expect(fold("en", 6, "steps")).toBe("…Show 1 more step");
    expect(fold("en", 9, "tasks")).toBe("…Show 4 more tasks");
  });
});
