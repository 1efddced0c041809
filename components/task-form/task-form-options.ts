import type { TOwnerCandidate } from "@/lib/domain/templates/suggest-step-owner";

export type TUnitOption = { id: string; name: string; path: string; depth: number };
export type TPersonOption = TOwnerCandidate & { name: string; title: string | null; unitPath: string };
export type TTemplateOption = {
  id: string;
  name: string;
  unitName: string | null;
  unitPath: string | null;
  steps: { name: string; kind: string; defaultDurationDays: number }[];
  /** Each step's default deadline (YYYY-MM-DD), laid out in working days from today. */
  layout: string[];
};

/** What the page hands the task form; see lib/server/tasks-create/get-task-form-options.ts. */
export type TTaskFormOptions = {
  directive: { id: string; number: string; subject: string };
  parent: { id: string; title: string; point: string | null; leadUnitName: string; deadline: string } | null;
  leadUnits: TUnitOption[];
  units: TUnitOption[];
  people: TPersonOption[];
  templates: TTemplateOption[];
  today: string;
};

/** A unit's name indented by its depth, for a <select>, where nesting cannot be shown otherwise. */
export function indentedUnitName(unit: TUnitOption): string {
  return `${"\u00a0\u00a0\u00a0".repeat(unit.depth)}${unit.name}`;
}
