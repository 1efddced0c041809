import { afterAll, inject } from "vitest";
import { createDbHandle, type TDbHandle } from "../../lib/server/db/create-prisma-client";
import { setDbHandleForTests } from "../../lib/server/db/prisma";
import { applyMigrations } from "../../prisma/engine/apply-migrations";

// Every integration test file talks to the store of its project through the same `db`
// the application uses; see global-setup.ts for how each store is provisioned.
const url = inject("testDatabaseUrl");
if (!url && process.env.TEST_DB_STORE === "postgres") {
  throw new Error(
    "The integration-postgres project got no PostgreSQL database from global-setup.ts: it would run on PGlite.",
  );
}
let handle: TDbHandle;
if (url) {
  handle = createDbHandle({ kind: "postgres", url });
} else {
  handle = createDbHandle({ kind: "pglite", dir: null });
  await applyMigrations(handle.adapterFactory);
}
setDbHandleForTests(handle);
export const testDb = handle;

afterAll(async () => {
  await handle.close();
});
