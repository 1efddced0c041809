import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSync } from "oxc-parser";
import { describe, expect, it } from "vitest";

// Every sentence a person reads comes from the catalogs (lib/i18n), so that it exists in
// both languages. This walks the code that renders or words things and fails on any string
// literal, template or JSX text with Vietnamese letters in it. Comments are not read.
// Data that is not UI (the statutory holidays' names, the demo seed) is listed below.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib/actions", "lib/domain", "lib/server"];
const NOT_UI = new Set([
  // Names of the statutory holidays, stored in the calendar as data.
  "lib/domain/calendar/default-holidays.ts",
  // Folds Vietnamese letters for search ("đ" → "d"): the letters are the point.
  "lib/domain/search/normalize-search-text.ts",
  // A warning for whoever runs the server, printed to its log at start-up (instrumentation.ts).
  "lib/server/db/find-app-role-risk.ts",
]);
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/(\.test\.tsx?|-test-fixtures\.ts|\.d\.ts)$/.test(entry.name) ? [rel] : [];
  });
}

type TNode = { type?: string; start?: number; value?: unknown; [key: string]: unknown };

/** The text of a string literal, a template's literal part or JSX text; null for anything else. */
function literalText(node: TNode): string | null {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateElement") return (node.value as { cooked: string | null }).cooked ?? "";
  if (node.type === "JSXText") return node.value as string;
  return null;
}

/** dataText("…"): text that is data, the same in every language; console.*(…): the server's log, read by whoever runs it. */
function isDataText(node: TNode): boolean {
  if (node.type !== "CallExpression") return false;
  const callee = node.callee as TNode;
  if (callee.type === "Identifier") return callee.name === "dataText";
  return (
    callee.type === "MemberExpression" &&
    (callee.object as TNode).type === "Identifier" &&
    (callee.object as TNode).name === "console"
  );
}

function vietnameseLiterals(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const { program, errors } = parseSync(file, text);
  if (errors.length) return [`${file}: does not parse`];
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    const node = value as TNode;
    if (isDataText(node)) return;
    const literal = literalText(node);
    if (literal !== null && VIETNAMESE.test(literal)) {
      const line = text.slice(0, node.start).split("\n").length;
      found.push(`${file}:${line}: ${literal.trim().slice(0, 80)}`);
    }
    for (const [key, child] of Object.entries(node)) if (key !== "value" || literal === null) visit(child);
  };
  visit(program);
  return found;
}

const files = SCANNED.flatMap(sourceFiles).filter((f) => !NOT_UI.has(f));

describe("no sentence is written in the code instead of the catalogs", () => {
  it("reads the code", () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it.each(SCANNED)("%s", (dir) => {
    expect(files.filter((f) => f.startsWith(`${dir}/`)).flatMap(vietnameseLiterals)).toEqual([]);
  });
});
