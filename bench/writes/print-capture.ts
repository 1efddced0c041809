import { ACTION_KINDS } from "./action-kinds.ts";
import type { TCaptured } from "./capture-types.ts";

/**
 * What the bare SQL replays, per kind: how many requests were captured and what one of them
 * sent: statements before the transaction (the token check), inside it, and after it.
 */
export function printCapture(captured: TCaptured[]): string {
  const parts = ACTION_KINDS.map((kind) => {
    const ok = captured.filter((c) => c.kind === kind && c.status < 300);
    if (ok.length === 0) return `${kind}: none`;
    const q = ok[0].queries.map((x) => x.sql);
    const begin = q.indexOf("BEGIN");
    const end = q.findIndex((s, i) => i > begin && /^(ROLLBACK|COMMIT)$/.test(s));
    return `${kind}: ${ok.length} × ${q.length} statements (${begin} before the transaction, ${end - begin - 1} in it, ${q.length - end - 1} after)`;
  });
  return `- Bare SQL captured: ${parts.join("; ")}.`;
}
