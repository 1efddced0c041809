import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The schedule only, with the sweep replaced: a real sweep at the wall clock would refresh
// the other signal test files' tasks at another `now` than theirs (see signal-fixtures.ts).
const sweep = vi.hoisted(() => vi.fn());
vi.mock("../../../lib/server/signals/sweep-signals", () => ({ sweepSignals: sweep }));
const { startSignalSweep } = await import("../../../lib/server/signals/schedule-sweep");

const summary = { created: 0, updated: 0, closed: 0, tasks: 0, batches: 0 };

describe("startSignalSweep", () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    sweep.mockReset();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it("sweeps what is due at once, then every interval, always at the current time and with no full pass", async () => {
    sweep.mockResolvedValue(summary);
    stop = startSignalSweep(60_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(sweep).toHaveBeenCalledTimes(1);
    expect(sweep.mock.calls[0]).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    expect((sweep.mock.calls[1][0] as Date).getTime()).toBeGreaterThan((sweep.mock.calls[0][0] as Date).getTime());
    expect(startSignalSweep(60_000)).toBe(stop);
  });

  it("never overlaps runs: a slow sweep delays the next one", async () => {
    let finish: () => void = () => {};
    sweep.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve(summary);
        }),
    );
    sweep.mockResolvedValue(summary);
    stop = startSignalSweep(1_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sweep).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  it("logs a failure and keeps going; stop() ends the schedule", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    sweep.mockRejectedValueOnce(new Error("mất kết nối"));
    sweep.mockResolvedValue(summary);
    stop = startSignalSweep(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toHaveBeenCalledWith("[signals] sweep failed", expect.any(Error));
    expect(sweep).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
