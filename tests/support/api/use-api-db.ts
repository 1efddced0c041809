import { afterAll, inject } from "vitest";
import { createDbHandle } from "../../../lib/server/db/create-prisma-client";
import { setDbHandleForTests } from "../../../lib/server/db/prisma";

// Each API test file may read the app's database directly (to check the events a call wrote)
// and mint tokens of its own with the token server function.
const handle = createDbHandle({ kind: "postgres", url: inject("apiDatabaseUrl") });
setDbHandleForTests(handle);
export const apiDb = handle.prisma;

afterAll(async () => {
  await handle.close();
});
