import type { TScenario } from "./read-writes-config.ts";
import type { TBareResult } from "./replay-bare-sql.ts";
import type { TEventCheck } from "./check-events.ts";
import type { TLongestTransaction } from "./watch-longest-transaction.ts";
import type { TSample } from "./world.ts";

/** Everything one scenario measured, as the report prints it. */
export type TScenarioResult = {
  scenario: TScenario;
  clients: number;
  /** The closed loop's concurrent sessions, drawn on the `clients` (null in the open loop). */
  sessions: number | null;
  heads: number;
  steps: number;
  seconds: number;
  /** Open loop: arrivals that found no client with anything to do (or too many in flight). */
  missed: number;
  samples: TSample[];
  longest: TLongestTransaction;
  bare: TBareResult;
  check: TEventCheck;
  firstErrors: Map<string, string>;
  /** The 1-minute load average before and after: a busy machine explains slow figures. */
  load: [number, number];
  /** The server's own error lines during the run, each kind once. */
  serverErrors: string[];
};
