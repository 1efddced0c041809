import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TJob } from "./job-definition";
import { startInProcessRunner } from "./start-in-process-runner";

// 10:00:20 in Hà Nội: the every-minute tick of 10:00:00 is 20 s old.
const START = new Date("2026-12-07T03:00:20Z");

function recorder(cron: string, run?: (now: Date) => Promise<unknown>) {
  const calls: Date[] = [];
  const job: TJob = {
    name: "test-job",
    cron,
    run: (now) => {
      calls.push(now);
      return run ? run(now) : Promise.resolve();
    },
  };
  return { job, calls };
}

describe("startInProcessRunner", () => {
  let stop: (() => Promise<void>) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  it("runs an every-minute job at start (its tick is under a minute old), then at each minute", async () => {
    const { job, calls } = recorder("* * * * *");
    stop = startInProcessRunner([job]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((d) => d.toISOString())).toEqual(["2026-12-07T03:00:20.000Z"]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(calls.map((d) => d.toISOString())).toEqual(["2026-12-07T03:00:20.000Z", "2026-12-07T03:01:00.000Z"]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(4);
  });

  it("runs a daily job only at its local time (Asia/Ho_Chi_Minh), not at start", async () => {
    const { job, calls } = recorder("30 7 * * *");
    stop = startInProcessRunner([job]);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(0);
    // 07:30 in Hà Nội is 00:30 UTC the next day.
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(calls.map((d) => d.toISOString())).toEqual(["2026-12-08T00:30:00.000Z"]);
  });

  it("never overlaps a job with itself: a slow run makes the next tick wait", async () => {
    let finish: () => void = () => {};
    let first = true;
    const { job, calls } = recorder("* * * * *", () => {
      if (!first) return Promise.resolve();
      first = false;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    stop = startInProcessRunner([job]);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(calls).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it("logs a failure and keeps the schedule; stop() ends it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { job, calls } = recorder("* * * * *", () => Promise.reject(new Error("mất kết nối")));
    stop = startInProcessRunner([job]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(log).toHaveBeenCalledWith("[jobs] test-job failed", expect.any(Error));
    expect(calls).toHaveLength(2);
    await stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(2);
    log.mockRestore();
  });
});
