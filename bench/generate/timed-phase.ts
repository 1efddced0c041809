export type TPhaseTiming = { name: string; seconds: number };

/** Runs one phase, prints how long it took, and records it for the summary. */
export function createPhaseTimer(): {
  timings: TPhaseTiming[];
  timed<T>(name: string, run: () => Promise<T>): Promise<T>;
} {
  const timings: TPhaseTiming[] = [];
  return {
    timings,
    async timed(name, run) {
      const started = performance.now();
      process.stdout.write(`… ${name}\n`);
      const result = await run();
      const seconds = (performance.now() - started) / 1000;
      timings.push({ name, seconds });
      process.stdout.write(`✓ ${name}: ${seconds.toFixed(1)} s\n`);
      return result;
    },
  };
}

export function formatTimings(timings: readonly TPhaseTiming[]): string {
  const width = Math.max(...timings.map((t) => t.name.length));
  return timings.map((t) => `  ${t.name.padEnd(width)}  ${t.seconds.toFixed(1).padStart(7)} s`).join("\n");
}
