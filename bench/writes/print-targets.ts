import { percentile } from "../dashboards/percentiles.ts";
import { ACTION_KINDS, REREAD } from "./action-kinds.ts";
import { isError, ratioOf } from "./print-scenario.ts";
import type { TScenarioResult } from "./scenario-result.ts";

const mark = (ok: boolean) => (ok ? "✓" : "✗");

/** The issue's targets, each marked ✓ or ✗ against the scenario it is stated for (– when not run). */
export function printTargets(results: TScenarioResult[]): string {
  const lines = ["### Targets", ""];
  // By the sessions asked for: the closed loop draws them on a larger population of clients.
  const closed50 = results.find((r) => r.scenario.mode === "closed" && r.scenario.clients <= 60);
  const closed200 = results.find((r) => r.scenario.mode === "closed" && r.scenario.clients > 60);
  const open = results.find((r) => r.scenario.mode === "open");
  const writes = (r: TScenarioResult) => r.samples.filter((s) => s.measured && s.kind !== REREAD);
  if (closed50) {
    const w = writes(closed50);
    const rate = w.filter((s) => s.status < 300).length / closed50.seconds;
    const fives = closed50.samples.filter((s) => s.measured && s.status >= 500).length;
    lines.push(
      `- ${mark(rate >= 100 && fives === 0)} capacity (${closed50.scenario.clients} clients back to back) ≥ 100 actions/s with 0 × 5xx: ${rate.toFixed(1)} actions/s, ${fives} × 5xx`,
    );
  } else lines.push("- – capacity: closed loop with 50 clients not run");
  if (open) {
    const bad: string[] = [];
    for (const kind of ACTION_KINDS) {
      const t = open.samples.filter((s) => s.measured && s.kind === kind).map((s) => s.ms);
      if (t.length === 0) continue;
      const p95 = percentile(t, 95),
        p99 = percentile(t, 99);
      if (p95 >= 100 || p99 >= 250) bad.push(`${kind} p95 ${p95.toFixed(0)} / p99 ${p99.toFixed(0)} ms`);
    }
    const errors = open.samples.filter((s) => s.measured && isError(s.status)).length;
    lines.push(
      `- ${mark(bad.length === 0 && errors === 0)} open loop at ${open.scenario.mode === "open" ? open.scenario.rate : "?"} actions/s: every kind p95 < 100 ms and p99 < 250 ms, 0 errors: ${bad.length ? bad.join("; ") : "all within"}; ${errors} errors (5xx, timeouts, 4xx other than 409)`,
    );
  } else lines.push("- – open loop not run");
  for (const r of results) {
    const ratios = ACTION_KINDS.map((k) => [k, ratioOf(r, k).ratio] as const).filter(([, x]) => x !== undefined) as [
      string,
      number,
    ][];
    const over = ratios.filter(([, x]) => x > 2);
    lines.push(
      `- ${mark(over.length === 0 && ratios.length > 0)} each action ≤ 2× its bare SQL (${r.scenario.name}): ${over.length ? over.map(([k, x]) => `${k} ${x.toFixed(1)}×`).join(", ") : `all ≤ 2× (${ratios.length} kinds)`}`,
    );
  }
  for (const r of results)
    lines.push(
      `- ${mark(r.longest.seen && r.longest.ms <= 1000)} no transaction over 1 s (${r.scenario.name}): longest ${r.longest.seen ? `${r.longest.ms.toFixed(0)} ms` : "not measured"}`,
    );
  if (closed200) {
    const m = closed200.samples.filter((s) => s.measured);
    const five = m.filter((s) => s.status === 500).length;
    const busy = m.filter((s) => s.status === 503);
    lines.push(
      `- ${mark(five === 0)} ${closed200.scenario.clients} clients: 0 × 500 (503 with Retry-After allowed): ${five} × 500, ${busy.length} × 503 (${busy.filter((s) => s.retryAfter).length} with Retry-After), ${m.filter((s) => s.status > 500 && s.status !== 503).length} other 5xx, ${m.filter((s) => s.status === 0).length} timeouts`,
    );
  } else lines.push("- – 200 clients not run");
  return lines.join("\n");
}
