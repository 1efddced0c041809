import type { Server } from "node:http";
import Provider from "oidc-provider";
import { OIDC_TEST_CLIENT } from "./oidc-test-client";

/**
 * The people the test provider knows, by the login typed on its sign-in page: their claims as a
 * ministry's identity provider would send them. `quynhdt` is a demo account of the app (matched
 * by e-mail); `nguoila` is someone the app has never heard of.
 */
export const OIDC_TEST_ACCOUNTS: Record<string, { email: string; name: string; employee_code: string }> = {
  quynhdt: { email: "quynhdt@demo.bhxh.vn", name: "Dương Thị Quỳnh", employee_code: "CB-0001" },
  nguoila: { email: "nguoi.la@ngoai.gov.vn", name: "Người Lạ", employee_code: "CB-9999" },
};

/**
 * Starts a real OpenID Connect provider (the `oidc-provider` package, as certified by the
 * OpenID Foundation) on 127.0.0.1:`port`, with its development login and consent pages, one
 * confidential client that may return to `redirectUri`, and the accounts above. The ID token
 * carries the e-mail, name and employee code claims (next-auth reads the ID token only).
 * Resolves to the issuer and a function that stops it.
 */
export async function startOidcTestProvider(
  port: number,
  redirectUri: string,
): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.id,
        client_secret: OIDC_TEST_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "employee_code"] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["khoa-cookie-chi-de-thu-nghiem"] },
    async findAccount(_ctx, id) {
      const account = OIDC_TEST_ACCOUNTS[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...account }) };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, "127.0.0.1", () => resolve(s));
  });
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
