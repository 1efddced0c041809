import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `prisma generate` here; migrations run through
// prisma/engine (the WebAssembly schema engine), which works without internet.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
