import type { TPersonOption, TTemplateOption, TUnitOption } from "@/components/task-form/task-form-options";

/** What the page hands the surprise-inspection form; see lib/server/inspections/get-inspection-form-options.ts. */
export type TCreateInspectionOptions = {
  inspectingUnitId: string;
  inspectedUnits: TUnitOption[];
  people: Omit<TPersonOption, "unitPath">[];
  checklists: { id: string; title: string }[];
  today: string;
  /** Set for a planned inspection: the plan it is an entry of. */
  planId?: string;
};

/** What the page hands the yearly plan's form; see lib/server/inspections/get-inspection-form-options.ts. */
export type TCreatePlanOptions = { units: TUnitOption[]; year: number; defaultUnitId: string };

/** What the page hands the conclusion form; see lib/server/inspections/get-inspection-form-options.ts. */
export type TConclusionFormOptions = {
  leadUnits: TUnitOption[];
  units: TUnitOption[];
  people: TPersonOption[];
  templates: TTemplateOption[];
  today: string;
};
