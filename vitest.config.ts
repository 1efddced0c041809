import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // "server-only" throws outside React's server build; the tests run server modules directly.
  "server-only": path.join(root, "node_modules/server-only/empty.js"),
};

// Integration tests run twice, once per store: a real PostgreSQL and the embedded PGlite.
const integration = (store: "postgres" | "pglite") => ({
  resolve: { alias },
  test: {
    name: `integration-${store}`,
    include: ["tests/integration/**/*.int.test.ts"],
    env: { TEST_DB_STORE: store },
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/use-test-db.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite runs inside the test process, so its files gain nothing from sharing a worker pool.
    maxWorkers: store === "pglite" ? 2 : 4,
    sequence: { groupOrder: store === "pglite" ? 2 : 1 },
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], exclude: ["**/*.int.test.ts"] },
      },
      integration("postgres"),
      integration("pglite"),
      // The REST API over HTTP, against the production build (`next build` first) on PostgreSQL.
      {
        resolve: { alias },
        test: {
          name: "api",
          include: ["tests/integration/api/**/*.api.test.ts"],
          globalSetup: ["tests/support/api/start-app.ts"],
          setupFiles: ["tests/support/api/use-api-db.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
