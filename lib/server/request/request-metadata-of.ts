import { isIP } from "node:net";
import type { TRequestMetadata } from "./request-metadata";

// The columns' sizes (schema.prisma): a longer User-Agent is cut, not refused.
const USER_AGENT_MAX = 512;

/**
 * The client address and User-Agent of a request, from its headers. Next gives route handlers
 * and server actions no socket address, only headers, and `next start` fills X-Forwarded-For
 * with the peer's address only when the client sent none, so the header is whatever the client
 * chose unless a reverse proxy we trust appends to it. Hence: with `trustProxy` (TRUST_PROXY),
 * the last X-Forwarded-For entry, the one our proxy appended; without it, no address (null)
 * rather than one the client may have forged.
 */
export function requestMetadataOf(headers: Headers, trustProxy: boolean): TRequestMetadata {
  const userAgent = headers.get("user-agent")?.trim().slice(0, USER_AGENT_MAX) || null;
  if (!trustProxy) return { ip: null, userAgent };
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ?? "";
  return { ip: normalisedIp(last), userAgent };
}

function normalisedIp(value: string): string | null {
  const bare = value.replace(/^\[(.*)\](:\d+)?$/, "$1");
  if (isIP(bare)) return bare.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  // An IPv4 address with a port ("203.0.113.7:51234"), as some proxies write it.
  const v4 = bare.match(/^(\d+\.\d+\.\d+\.\d+):\d+$/);
  return v4 && isIP(v4[1]) ? v4[1] : null;
}
