import { grantAppRole } from "../../prisma/engine/grant-app-role";

/**
 * The restricted role the PostgreSQL tests run the application as, as production should:
 * rows only, no TRUNCATE, no ownership, no superuser. Roles are cluster-wide, so every run on
 * a server shares this one; grantAppRole creates it once and grants each run's database.
 */
export const TEST_APP_ROLE = "trach_app_test";

/** The owner's database URL with the application role as its user. */
export function appRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = TEST_APP_ROLE;
  url.password = TEST_APP_ROLE;
  return url.toString();
}

/** Grants the test role on the database of `ownerUrl` (already migrated) and returns its URL. */
export async function provisionAppRole(ownerUrl: string): Promise<string> {
  const appUrl = appRoleUrl(ownerUrl);
  await grantAppRole(ownerUrl, appUrl);
  return appUrl;
}
