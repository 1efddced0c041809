import { describe, expect, it } from "vitest";
import { openTotpSecret, sealTotpSecret } from "./totp-secret-box";

describe("sealTotpSecret", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  it("opens what it sealed, with a fresh IV each time, never showing the secret", () => {
    const a = sealTotpSecret(secret);
    const b = sealTotpSecret(secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(openTotpSecret(a)).toBe(secret);
    expect(openTotpSecret(b)).toBe(secret);
  });

  it("refuses a box that was tampered with or is not one", () => {
    const [v, iv, sealed, tag] = sealTotpSecret(secret).split(".");
    const flipped = Buffer.from(sealed, "base64url");
    flipped[0] ^= 1;
    expect(openTotpSecret([v, iv, flipped.toString("base64url"), tag].join("."))).toBeNull();
    expect(openTotpSecret("v2.a.b.c")).toBeNull();
    expect(openTotpSecret(secret)).toBeNull();
  });
});
