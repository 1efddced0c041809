import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import type { TRole } from "@/lib/domain/access/roles";
import { classificationCategories } from "@/lib/domain/classification/classification-category";
import type { TEscalationLevel } from "@/lib/domain/escalation/escalation-level";
import { reportCategories } from "@/lib/domain/rollups/report-category";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import { CATALOGS } from "./catalogs";
import { CLIENT_NAMESPACES, PAGE_CLIENT_NAMESPACES } from "./client-namespaces";
import enValidation from "./validation/en.json";
import viValidation from "./validation/vi.json";

// The check the test run makes on the catalogs: a key missing in either language, a
// placeholder one language has and the other lacks, a message that is not valid ICU, or an
// enum value with no label fails it. Keys used in code are checked by the type checker
// against vi.json (lib/i18n/app-config.d.ts, lib/i18n/validation.ts).

type TTree = { [key: string]: string | TTree };

function flatten(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

const pairs = [
  ["messages", flatten(CATALOGS.vi as TTree), flatten(CATALOGS.en as TTree)],
  ["validation", flatten(viValidation as TTree), flatten(enValidation as TTree)],
] as const;

describe.each(pairs)("the %s catalogs", (_name, vi, en) => {
  it("have the same keys in Vietnamese and English", () => {
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it("have no empty message", () => {
    expect([...vi, ...en].filter(([, m]) => m.trim() === "").map(([k]) => k)).toEqual([]);
  });

  it("are valid ICU and take the same values in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, viMessage] of vi) {
      const enMessage = en.get(key);
      if (enMessage === undefined) continue;
      // {Label} is {label} capitalised, for a sentence that starts with it in one language only.
      const names = (m: string) => [...new Set([...argumentsOf(parse(m))].map((a) => a.toLowerCase()))].sort();
      let viArgs: string[], enArgs: string[];
      try {
        viArgs = names(viMessage);
        enArgs = names(enMessage);
      } catch (error) {
        mismatched.push(`${key}: not valid ICU (${(error as Error).message})`);
        continue;
      }
      if (viArgs.join() !== enArgs.join()) mismatched.push(`${key}: vi {${viArgs}} en {${enArgs}}`);
    }
    expect(mismatched).toEqual([]);
  });
});

// Records keyed by the union types, so that a value added to a union fails the type check here.
const roles = Object.keys({ STAFF: 1, UNIT_HEAD: 1, TCCB_MONITOR: 1, INSPECTOR: 1, ADMIN: 1 } satisfies Record<
  TRole,
  1
>);
const stepActions = Object.keys({
  start: 1,
  progress: 1,
  complete: 1,
  return: 1,
  "request-extension": 1,
  consult: 1,
  reassign: 1,
  rule: 1,
  "decide-extension": 1,
  escalate: 1,
} satisfies Record<TStepAction, 1>);
const escalationLevels = Object.keys({ 0: 1, 1: 1, 2: 1, 3: 1, 4: 1 } satisfies Record<TEscalationLevel, 1>);

describe("labels for every value of the domain's enums", () => {
  const enums = CATALOGS.vi.enums as Record<string, Record<string, string>>;
  it.each([
    ["role", roles],
    ["reportCategory", reportCategories],
    ["signalKind", signalKinds],
    ["stepAction", stepActions],
    ["classification", classificationCategories],
    ["escalationLevel", escalationLevels],
  ] as const)("enums.%s", (name, values) => {
    expect(Object.keys(enums[name]).sort()).toEqual([...values].sort());
  });
});

it("sends only namespaces that exist to the browser", () => {
  expect([...CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES].filter((ns) => !(ns in CATALOGS.vi))).toEqual([]);
});
