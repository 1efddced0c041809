import { addTask } from "./build-task.ts";
import { createDemoModel, type TDemoModel } from "./demo-model.ts";
import { addDirectives } from "./directives.ts";
import { addDemoConclusion } from "./inspection-conclusion.ts";
import { addPeople } from "./people.ts";
import { addRecurrences } from "./recurrences.ts";
import type { TSeedClock } from "./seed-clock.ts";
import { tasks1151 } from "./tasks-1151.ts";
import { tasks1251 } from "./tasks-1251.ts";
import { tasks2165And3476 } from "./tasks-2165-3476.ts";
import { addTemplates } from "./templates.ts";
import { addUnits } from "./units.ts";

/** Parents are listed before their sub-tasks in each file. */
export const demoTaskSpecs = [...tasks1251, ...tasks1151, ...tasks2165And3476];

export function buildDemoModel(clock: TSeedClock, passwordHash: string): TDemoModel {
  const model = createDemoModel();
  addUnits(model);
  addPeople(model, passwordHash);
  addTemplates(model);
  addDirectives(model, clock);
  for (const spec of demoTaskSpecs) addTask(model, clock, spec);
  addDemoConclusion(model, clock);
  addRecurrences(model, clock);
  const future = model.events.find((e) => e.at.getTime() >= clock.now.getTime());
  if (future) throw new Error(`Demo history reaches into the future: ${future.kind} at ${future.at.toISOString()}`);
  return model;
}
