// Runs once when the server starts: say loudly when the app runs on its demo defaults.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  const warnings: string[] = [];
  if (e.isDemoSecret) warnings.push("NEXTAUTH_SECRET chưa đặt: đang dùng khóa phiên mặc định của bản trình diễn.");
  if (!e.databaseUrl)
    warnings.push(`DATABASE_URL chưa đặt: đang chạy trên PostgreSQL nhúng (PGlite) tại ${e.pgliteDir}.`);
  if (e.isDemoMode) warnings.push("Chế độ trình diễn: trang đăng nhập hiện các tài khoản mẫu (mật khẩu demo1234).");
  if (e.databaseUrl) {
    const [{ findAppRoleRisk }, { db }] = await Promise.all([
      import("./lib/server/db/find-app-role-risk"),
      import("./lib/server/db/prisma"),
    ]);
    // A database that does not answer yet must not stop the server: the requests will say so.
    const risk = await findAppRoleRisk(db).catch(() => null);
    if (risk) warnings.push(risk);
  }
  // The signal sweep and the other background jobs (lib/server/jobs/job-table.ts), unless
  // JOBS_WORKER=off. Not awaited: a database that does not answer yet, or a pg-boss schema not
  // installed, must neither hold nor stop the web server; the log says why jobs do not run.
  const { startJobRunner } = await import("./lib/server/jobs/start-job-runner");
  startJobRunner().catch((error: unknown) => {
    console.error("[jobs] start failed: no background jobs in this process (has `npm run db:migrate` run?)", error);
  });
  if (warnings.length) {
    const line = "=".repeat(78);
    console.warn(
      `\n${line}\n CHỈ DÙNG ĐỂ TRÌNH DIỄN / DEMO USE ONLY\n${warnings.map((w) => ` - ${w}`).join("\n")}\n Xem mục "Cấu hình" trong README để chạy thật.\n${line}\n`,
    );
  }
}
