import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time,
  // and the Prisma runtime expects to stay a Node module: keep them out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "bcryptjs",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers HTTP 403 for a page the person may not use (app/forbidden.tsx), as
  // notFound() answers 404 for what they may not see.
  experimental: {
    authInterrupts: true,
    // An import's .xlsx reaches its server action whole (10 MB at most, checked by the form and
    // the action: lib/schemas/imports.ts); Next's default of 1 MB would refuse a large office's file.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

// English beside Vietnamese (lib/i18n). The catalogs are precompiled at build time, so the
// browser gets a 4 kB formatter instead of the 13 kB ICU parser and every page stays under
// its JavaScript budget (README, Page weight).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: {
      path: ["./lib/i18n/messages", "./lib/i18n/validation"],
      format: "json",
      locales: "infer",
      precompile: true,
    },
  },
});

export default withNextIntl(nextConfig);
