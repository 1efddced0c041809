import "server-only";

/** Instants leave the API as ISO 8601 in UTC ("…Z"), an offset every client parses. */
export function iso(d: Date): string {
  return d.toISOString();
}

export function isoOrNull(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}
