import { percentile } from "../dashboards/percentiles.ts";
import { ACTION_KINDS, REREAD, type TActionKind } from "./action-kinds.ts";
import type { TScenarioResult } from "./scenario-result.ts";

const ms = (v: number | undefined) => (v === undefined ? "–" : `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`);
const pct = (xs: number[], p: number) => (xs.length ? percentile(xs, p) : undefined);
export const isError = (status: number) => status === 0 || status >= 500 || (status >= 400 && status !== 409);

/** Per kind: the app's p95 over the bare SQL's p95, or why there is none. */
export function ratioOf(r: TScenarioResult, kind: TActionKind): { ratio?: number; why?: string } {
  const app = pct(
    r.samples.filter((s) => s.measured && s.kind === kind && s.status < 300).map((s) => s.ms),
    95,
  );
  const bare = pct(r.bare.ms.get(kind) ?? [], 95);
  if (app === undefined) return { why: "no 2xx answer in the run" };
  if (bare === undefined) return { why: r.bare.errors.get(kind) ?? "not captured (no step to capture it on)" };
  return { ratio: app / bare };
}

/** The README table of one scenario (per action kind) and its summary lines. */
export function printScenario(r: TScenarioResult): string {
  const measured = r.samples.filter((s) => s.measured);
  const writes = measured.filter((s) => s.kind !== REREAD);
  const lines = [
    `### ${r.scenario.name}`,
    "",
    `${r.sessions !== null ? `${r.sessions} concurrent sessions back to back, drawn on ` : ""}${r.clients} clients (${r.heads} heads, ${r.clients - r.heads} step owners with ${r.steps} fresh steps), ${r.seconds.toFixed(0)} s measured after a 5 s warm-up; machine load average ${r.load.map((l) => l.toFixed(1)).join(" → ")} (before → after).`,
    "",
    "| action | count | 2xx | 409 | other 4xx | 5xx / timeout | p50 | p95 | p99 | max | bare SQL p95 | p95 / bare |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const kind of [...ACTION_KINDS, REREAD] as const) {
    const mine = measured.filter((s) => s.kind === kind);
    if (mine.length === 0) continue;
    const t = mine.map((s) => s.ms);
    const okT = mine.filter((s) => s.status < 300).map((s) => s.ms);
    const isWrite = kind !== REREAD;
    const ratio = isWrite ? ratioOf(r, kind) : { why: "a read" };
    lines.push(
      `| ${kind} | ${mine.length} | ${okT.length} | ${mine.filter((s) => s.status === 409).length} | ${mine.filter((s) => s.status >= 400 && s.status < 500 && s.status !== 409).length} | ${mine.filter((s) => s.status === 0 || s.status >= 500).length} | ${ms(pct(t, 50))} | ${ms(pct(t, 95))} | ${ms(pct(t, 99))} | ${ms(Math.max(...t))} | ${isWrite ? ms(pct(r.bare.ms.get(kind) ?? [], 95)) : "–"} | ${ratio.ratio !== undefined ? `${ratio.ratio.toFixed(2)}×` : "n/a"} |`,
    );
  }
  const byStatus = new Map<string, number>();
  for (const s of measured)
    byStatus.set(
      s.status === 0 ? "timeout/no answer" : String(s.status),
      (byStatus.get(s.status === 0 ? "timeout/no answer" : String(s.status)) ?? 0) + 1,
    );
  const retryAfter = measured.filter((s) => s.status === 503 && s.retryAfter).length;
  const ok = writes.filter((s) => s.status < 300).length;
  lines.push(
    "",
    `- Throughput: **${(ok / r.seconds).toFixed(1)} successful actions/s** (${(writes.length / r.seconds).toFixed(1)} write answers/s of any status${r.missed ? `; ${r.missed} arrivals found nothing to send` : ""}).`,
    `- Responses by status: ${[...byStatus]
      .sort()
      .map(([k, n]) => `${k}: ${n}`)
      .join(", ")}${byStatus.has("503") ? ` (503 with Retry-After: ${retryAfter})` : ""}.`,
    `- Longest database transaction of the server's connections (pg_stat_activity, every 50 ms): **${r.longest.seen ? ms(r.longest.ms) : "n/a: no connection of the server seen (does it set its own application_name?)"}**${r.longest.query ? ` (${r.longest.state}: \`${r.longest.query.replace(/\s+/g, " ").slice(0, 80)}\`)` : ""}.`,
    `- Lost or doubled updates (STEP_*/… events of the touched steps vs 2xx answers, warm-up included): ${r.check.every((c) => c.ok2xx === c.events || (c.events - c.ok2xx >= 0 && c.events - c.ok2xx <= c.unknown)) ? "✓ none" : "✗ MISMATCH"} — ${r.check.map((c) => `${c.kind} ${c.events}/${c.ok2xx}${c.unknown ? ` (+${c.unknown} unknown)` : ""}`).join(", ")}.`,
  );
  const na = ACTION_KINDS.map((k) => [k, ratioOf(r, k)] as const).filter(
    ([k, x]) => x.ratio === undefined && measured.some((s) => s.kind === k),
  );
  if (na.length) lines.push(`- Ratio n/a: ${na.map(([k, x]) => `${k} (${x.why})`).join("; ")}.`);
  if (r.firstErrors.size)
    lines.push(
      `- First answer of each unexpected status (warm-up included): ${[...r.firstErrors].map(([k, v]) => `${k}: \`${v.slice(0, 160)}\``).join("; ")}.`,
    );
  if (r.serverErrors.length)
    lines.push(
      `- Server log, each kind of error once: ${r.serverErrors.map((e) => `\`${e.replace(/`/g, "'").slice(0, 240)}\``).join("; ")}.`,
    );
  return lines.join("\n");
}
