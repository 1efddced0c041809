import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { WordsProvider } from "@/components/i18n/words-provider";
import en from "@/lib/i18n/messages/en.json";
import viCatalog from "@/lib/i18n/messages/vi.json";
import { compiledCatalog as compiled } from "./compiled-catalog";

// The client components' translator: next-intl's precompiled catalogs (compiled here as the
// plugin compiles them at build time), formatted in the browser without next-intl's runtime.

type TTree = { [key: string]: string | TTree };

// Loosely typed for messages that are not in the catalog (the hook is typed against vi.json).
type TLoose = ((key: string, values?: Record<string, unknown>) => string) & {
  rich: (key: string, values?: Record<string, unknown>) => ReactNode;
};

function render(
  messages: Record<string, unknown>,
  read: () => ReactNode,
  locale: "vi" | "en" = "vi",
  inner?: Record<string, unknown>,
): string {
  const Reader = () => createElement("div", null, read());
  const child = inner
    ? createElement(WordsProvider, { locale, messages: inner, children: createElement(Reader) })
    : createElement(Reader);
  return renderToStaticMarkup(createElement(WordsProvider, { locale, messages, children: child }));
}

afterEach(() => vi.restoreAllMocks());

describe("useTranslations in client components", () => {
  it("formats a catalog message with its values, in the reader's language", () => {
    const messages = compiled({ taskForm: en.taskForm });
    const html = render(
      messages,
      () => {
        const t = useTranslations("taskForm") as unknown as TLoose;
        return `${t("selectedCount", { count: 1 })} | ${t("selectedCount", { count: 3 })} | ${useLocale()}`;
      },
      "en",
    );
    expect(html).toBe("<div>(1 selected) | (3 selected) | en</div>");
  });

  it("chooses the plural form and keeps tags as React elements with keys", () => {
    const messages = compiled({
      ns: {
        n: "{count, plural, =0 {không có} one {# việc} other {# việc}}",
        rich: "Hạn <strong>{date}</strong> và <em>gấp</em>",
      },
    });
    const html = render(messages, () => {
      const t = useTranslations("ns" as never) as unknown as TLoose;
      return [
        t("n", { count: 0 }),
        " / ",
        t("n", { count: 5 }),
        " / ",
        t.rich("rich", {
          date: "07/12/2026",
          strong: (c: ReactNode) => createElement("strong", null, c),
          em: (c: ReactNode) => createElement("em", null, c),
        }),
      ];
    });
    expect(html).toBe("<div>không có / 5 việc / Hạn <strong>07/12/2026</strong> và <em>gấp</em></div>");
  });

  it("reads a page's namespaces on top of the layout's", () => {
    const html = render(
      compiled({ ui: { a: "chung" } }),
      () => {
        const ui = useTranslations("ui" as never) as unknown as TLoose;
        const page = useTranslations("taskForm" as never) as unknown as TLoose;
        return `${ui("a")} + ${page("b")}`;
      },
      "vi",
      compiled({ taskForm: { b: "riêng" } }),
    );
    expect(html).toBe("<div>chung + riêng</div>");
  });

  it("shows the key and says so in the console when a message is missing, as next-intl does", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = render(compiled({ ui: {} }), () => (useTranslations("ui" as never) as unknown as TLoose)("nowhere"));
    expect(html).toBe("<div>ui.nowhere</div>");
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("ui.nowhere"));
  });

  it("fails loudly outside a WordsProvider", () => {
    const Reader = () => (useTranslations("ui") as unknown as TLoose)("x");
    expect(() => renderToStaticMarkup(createElement(Reader))).toThrow(/WordsProvider/);
  });

  it("formats the real catalogs, as the build compiles them, in both languages", () => {
    for (const catalog of [viCatalog, en] as unknown as TTree[]) {
      const html = render(compiled(catalog), () =>
        (useTranslations("common" as never) as unknown as TLoose)("appName"),
      );
      expect(html).toBe(`<div>${(catalog.common as TTree).appName}</div>`);
    }
  });
});
