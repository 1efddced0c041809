// Child process of bench/writes.ts, started with its working directory in the app checkout
// (BENCH_APP_DIR) so that the checkout's tsconfig resolves "@/…": the captured statements are
// those of the code being measured. Reads a job file, writes the captured transactions.
import { readFileSync, writeFileSync } from "node:fs";
import { actionRequest, type TActionKind } from "./action-kinds.ts";
import { callRouteInProcess } from "./call-route-in-process.ts";
import { openCaptureDb } from "./open-capture-db.ts";
import type { TCaptureJob, TCaptured } from "./capture-types.ts";

const [jobFile, outFile] = process.argv.slice(2);
const { appDir, url, jobs } = JSON.parse(readFileSync(jobFile, "utf8")) as {
  appDir: string;
  url: string;
  jobs: TCaptureJob[];
};
const db = await openCaptureDb(appDir, url);
const out: TCaptured[] = [];
try {
  for (const job of jobs) out.push(await capture(job));
} finally {
  await db.close();
}
writeFileSync(outFile, JSON.stringify(out));
process.exit(0);

/**
 * One action on a fresh step: its precondition committed first where it has one (the return a
 * head rules on, the extension request a head decides, the consultation a person answers),
 * then the action itself recorded and rolled back.
 */
async function capture(job: TCaptureJob): Promise<TCaptured> {
  const step = { ...job.step, deadline: new Date(job.step.deadline) };
  const extra: { userId?: string; consultationId?: string; requestId?: string } = { userId: job.otherUserId };
  if (job.prereq) {
    db.setRollBack(false);
    const pre = actionRequest(job.prereq.kind, step, { userId: job.prereq.otherUserId });
    const a = await callRouteInProcess(appDir, job.prereq.token, pre.path, pre.body);
    if (a.status >= 300)
      return {
        kind: job.kind,
        status: a.status,
        queries: [],
        error: `${job.prereq.kind}: ${JSON.stringify(a.body).slice(0, 200)}`,
      };
    const b = a.body as { id?: string; step?: { version: number }; extensionRequest?: { id: string } };
    step.version = b.step ? b.step.version : step.version + 1;
    extra.consultationId = b.id;
    extra.requestId = b.extensionRequest?.id;
  }
  db.setRollBack(true);
  const req = actionRequest(job.kind as TActionKind, step, extra);
  const { result, queries } = await db.record(() => callRouteInProcess(appDir, job.token, req.path, req.body));
  const a = result as { status: number; body: unknown };
  return {
    kind: job.kind,
    status: a.status,
    queries,
    error: a.status >= 300 ? JSON.stringify(a.body).slice(0, 200) : undefined,
  };
}
