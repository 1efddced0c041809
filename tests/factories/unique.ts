import { randomUUID } from "node:crypto";

/** A short unique suffix so that test data from parallel files never collides. */
export function unique(prefix = ""): string {
  return `${prefix}${randomUUID().slice(0, 8)}`;
}
