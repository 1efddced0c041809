/** The client the app is registered as at the test OIDC provider (OIDC_CLIENT_ID / OIDC_CLIENT_SECRET). */
export const OIDC_TEST_CLIENT = { id: "trach-nhiem-e2e", secret: "bi-mat-cua-may-khach-chi-de-thu-nghiem" };

/** Where the test provider listens, beside the app on `appPort`. */
export const oidcTestPort = (appPort: number) => appPort + 1000;
