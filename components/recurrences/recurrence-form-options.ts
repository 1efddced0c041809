import type { TUnitOption } from "@/components/task-form/task-form-options";

/** What the page hands the recurrence form; see lib/server/recurrences/get-recurrence-form-options.ts. */
export type TRecurrenceFormOptions = {
  directives: { id: string; number: string; subject: string }[];
  leadUnits: TUnitOption[];
  people: { id: string; name: string; title: string | null; unitId: string; unitPath: string }[];
  templates: {
    id: string;
    name: string;
    unitPath: string | null;
    steps: { name: string; kind: string; defaultDurationDays: number }[];
  }[];
  today: string;
};
