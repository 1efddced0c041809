import { describe, expect, it } from "vitest";
import { pendingSignInStep } from "./pending-sign-in-step";

describe("pendingSignInStep", () => {
  it.each([
    ["nothing pending", false, ["STAFF"], false, ["ADMIN"], null],
    ["a password reset by an administrator", true, ["STAFF"], false, [], "change-password"],
    ["the password before the second factor", true, ["ADMIN"], false, ["ADMIN"], "change-password"],
    [
      "an administrator without a second factor, when required",
      false,
      ["STAFF", "ADMIN"],
      false,
      ["ADMIN"],
      "enrol-totp",
    ],
    ["an administrator who enrolled", false, ["ADMIN"], true, ["ADMIN"], null],
    ["an administrator when no role requires it", false, ["ADMIN"], false, [], null],
    ["staff when only administrators need it", false, ["STAFF"], false, ["ADMIN", "TCCB_MONITOR"], null],
  ] as const)("%s", (_case, mustChangePassword, roles, hasTotp, required, expected) => {
    expect(pendingSignInStep({ mustChangePassword, roles, hasTotp }, required)).toBe(expected);
  });
});
