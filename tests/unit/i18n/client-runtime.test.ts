import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSync } from "oxc-parser";
import { describe, expect, it } from "vitest";

// Client components read their words through components/i18n/use-translations, which formats
// next-intl's precompiled catalogs without next-intl's client runtime. A module that reaches
// the browser and imports next-intl itself would find no NextIntlClientProvider above it and
// fail on the page: this walks every import from every "use client" file and fails on one.

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/(\.test\.tsx?|\.d\.ts)$/.test(entry.name) ? [rel] : [];
  });
}

function resolveImport(from: string, request: string): string | null {
  const base = request.startsWith("@/")
    ? request.slice(2)
    : request.startsWith(".")
      ? path.posix.join(path.posix.dirname(from), request)
      : null;
  if (base === null) return null;
  return (
    ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((ext) => base + ext)
      .find((p) => existsSync(path.join(ROOT, p)) && !p.endsWith("/")) ?? null
  );
}

type TModule = { useClient: boolean; useServer: boolean; imports: { request: string; typeOnly: boolean }[] };

function readModule(file: string): TModule {
  const { program, module } = parseSync(file, readFileSync(path.join(ROOT, file), "utf8"));
  const directives = program.body.map((s) => ("directive" in s ? s.directive : null));
  return {
    useClient: directives.includes("use client"),
    useServer: directives.includes("use server"),
    imports: [
      ...module.staticImports.map((i) => ({
        request: i.moduleRequest.value,
        typeOnly: i.entries.length > 0 && i.entries.every((e) => e.isType),
      })),
      ...module.staticExports.flatMap((e) =>
        e.entries.flatMap((x) => (x.moduleRequest ? [{ request: x.moduleRequest.value, typeOnly: x.isType }] : [])),
      ),
    ],
  };
}

describe("the browser's words", () => {
  it("come through components/i18n in every module a client component imports, never next-intl's client runtime", () => {
    const files = ["app", "components", "lib"].flatMap(sourceFiles);
    const modules = new Map(files.map((f) => [f, readModule(f)]));
    const clientEntries = files.filter((f) => modules.get(f)!.useClient);
    expect(clientEntries.length).toBeGreaterThan(20);

    const offenders: string[] = [];
    const seen = new Set<string>();
    const stack = [...clientEntries];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const mod = modules.get(file);
      // A server action's module runs on the server; the browser only gets a reference to it.
      if (!mod || mod.useServer) continue;
      for (const { request, typeOnly } of mod.imports) {
        if (typeOnly) continue;
        if (
          request === "next-intl" ||
          request.startsWith("next-intl/") ||
          request === "use-intl" ||
          request === "use-intl/react"
        )
          offenders.push(`${file} imports ${request}`);
        const target = resolveImport(file, request);
        if (target) stack.push(target);
      }
    }
    expect(seen.has("components/task-form/date-hint.ts")).toBe(true);
    expect(offenders).toEqual([]);
  });
});
