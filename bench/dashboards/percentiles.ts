/** The nearest-rank percentile `p` (0–100) of `samples`, in their unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("Không có mẫu đo nào.");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Runs `run` `times` times one after another and returns each wall time in milliseconds. */
export async function timeRuns(times: number, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}
