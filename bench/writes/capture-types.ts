import type { TCapturedQuery } from "../dashboards/captured-queries.ts";
import type { TActionKind } from "./action-kinds.ts";

/** One action to capture: who acts on which step, and what must be committed first. */
export type TCaptureJob = {
  kind: TActionKind;
  token: string;
  otherUserId?: string;
  step: { id: string; version: number; status: string; deadline: string };
  prereq?: { kind: "return" | "request-extension" | "consult"; token: string; otherUserId?: string };
};

/** The statements one request sent (auth, BEGIN … ROLLBACK, any read after), and its status. */
export type TCaptured = { kind: TActionKind; status: number; queries: TCapturedQuery[]; error?: string };
