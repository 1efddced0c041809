import { describe, expect, it } from "vitest";
import { isOverloadError } from "./is-overload-error";
import { isWriteConflictError } from "./is-write-conflict-error";

// The shapes Prisma 7 throws through @prisma/adapter-pg, as seen in the integration tests.
const prismaError = (code: string, message: string, cause?: object) =>
  Object.assign(new Error(message), {
    code,
    meta: cause ? { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) } : {},
  });

describe("transient database errors", () => {
  it.each([
    [
      "a deadlock in a raw query (P2010 wrapping 40P01)",
      prismaError("P2010", "Raw query failed", { originalCode: "40P01", kind: "TransactionWriteConflict" }),
      true,
    ],
    [
      "a write conflict reported by Prisma (P2034)",
      prismaError("P2034", "Transaction failed due to a write conflict or a deadlock"),
      true,
    ],
    [
      "a unique violation",
      prismaError("P2002", "Unique constraint failed", { originalCode: "23505", kind: "UniqueConstraintViolation" }),
      false,
    ],
    ["a plain error", new Error("boom"), false],
  ])("%s is a write conflict: %s", (_, e, expected) => {
    expect(isWriteConflictError(e)).toBe(expected);
  });

  it.each([
    [
      "no transaction within the wait (P2028)",
      prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."),
      true,
    ],
    ["pg's pool wait", new Error("timeout exceeded when trying to connect"), true],
    ["a server out of connections", prismaError("P2010", "Raw query failed", { originalCode: "53300" }), true],
    ["a deadlock", prismaError("P2034", "write conflict"), false],
  ])("%s is overload: %s", (_, e, expected) => {
    expect(isOverloadError(e)).toBe(expected);
  });
});
