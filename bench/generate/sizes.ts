import type { SignalKind, UnitLevel } from "../../lib/server/db/generated/client.ts";
import { BenchConfigError } from "./bench-config-error.ts";

/**
 * Sizes and proportions of the sector-sized data set. The work (tasks and everything that
 * hangs off them) scales with BENCH_SCALE; the unit tree and the people stay full size, so a
 * quick run at 0.01 exercises the same tree and the same per-person queries.
 */
export type TBenchSizes = {
  scale: number;
  /** Provinces in all, the three demo ones included. */
  provinces: number;
  districtsPerProvince: { min: number; max: number };
  usersPerUnit: { min: number; max: number };
  /** Relative chance for a unit of each level to lead a task (one ticket per weight point). */
  leadWeight: Record<UnitLevel, number>;
  directives: number;
  /** Directives are issued between `from` and `to` days before today. */
  directiveDaysAgo: { from: number; to: number };
  tasks: number;
  /** Task deadlines are spread from `past` days before today to `future` days after it. */
  deadlineDays: { past: number; future: number };
  /** Shares of tasks with 1, 2 and 3 steps (the rest). */
  oneStepShare: number;
  twoStepShare: number;
  cancelledShare: number;
  pastCompletedShare: number;
  /** Of the completed past tasks, the share completed by the deadline. */
  onTimeShare: number;
  futureCompletedShare: number;
  extendedShare: number;
  /** A step of a district or province task handled by another district of the province. */
  otherDistrictShare: number;
  /** The waiting step of an open task: returned, to do, else in progress. */
  returnedShare: number;
  todoShare: number;
  /** Reached steps that changed hands once: a plain reassignment, an upheld or an overruled return. */
  handover: { reassign: number; uphold: number; overrule: number };
  consultations: number;
  vagueShare: number;
  rejectedExtensions: number;
  pendingExtensions: number;
  openEscalations: number;
  closedEscalations: number;
  signals: Record<SignalKind, number>;
  acceptedSignalShare: number;
  resolvedSignalShare: number;
};

export function benchSizes(scale: number): TBenchSizes {
  if (!(scale > 0 && scale <= 1)) throw new BenchConfigError(`BENCH_SCALE must be in (0, 1], got ${scale}`);
  const n = (full: number, min = 1): number => Math.max(min, Math.round(full * scale));
  return {
    scale,
    provinces: 63,
    districtsPerProvince: { min: 8, max: 12 },
    usersPerUnit: { min: 22, max: 34 },
    leadWeight: { CENTRAL: 1, DEPARTMENT: 3, PROVINCE: 3, DISTRICT: 4 },
    directives: n(400, 20),
    directiveDaysAgo: { from: 790, to: 5 },
    tasks: n(1_000_000, 100),
    deadlineDays: { past: 730, future: 60 },
    oneStepShare: 0.3,
    twoStepShare: 0.4,
    cancelledShare: 0.01,
    pastCompletedShare: 0.94,
    onTimeShare: 0.8,
    futureCompletedShare: 0.25,
    extendedShare: 0.05,
    otherDistrictShare: 0.12,
    returnedShare: 0.04,
    todoShare: 0.33,
    handover: { reassign: 0.015, uphold: 0.01, overrule: 0.004 },
    consultations: n(100_000),
    vagueShare: 0.02,
    rejectedExtensions: n(3_000),
    pendingExtensions: n(2_000),
    openEscalations: n(7_000),
    closedEscalations: n(13_000),
    signals: {
      OVERDUE_NO_EXTENSION: n(20_000),
      STALLED: n(9_000),
      UNDECIDED: n(4_000),
      PING_PONG: n(5_000),
      RETURN_OVERRULED: n(2_000),
      CONSULTATION_LATE: n(12_000),
      CONSULTATION_UNANSWERED: n(6_000),
      CONSULTATION_VAGUE: n(2_000),
    },
    acceptedSignalShare: 0.1,
    resolvedSignalShare: 0.12,
  };
}
