// Usage: npm run bench:people   (BENCH_DATABASE_URL, BENCH_RUNS optional)
// The people administration's list (/admin/people) and GET /api/v1/users at sector size (about
// 20,000 people), through the same server functions: the first page, a deep page, searches
// without diacritics, a province's tree. Prints p50/p95 per case. Not a test: numbers for the
// README. Uses (and migrates) the data set of `npm run bench`, generating it when missing.
import { loadavg } from "node:os";
import { ensureDataSet } from "./dashboards/ensure-data-set.ts";
import { percentile, timeRuns } from "./dashboards/percentiles.ts";
import { openRecordedDb } from "./dashboards/recorded-db.ts";
import type { TActor } from "../lib/domain/access/roles.ts";
import { findUserPage } from "../lib/server/api/reads/find-user-page.ts";
import { findAdminPeople } from "../lib/server/people-admin/find-admin-people.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
const runs = Number(process.env.BENCH_RUNS ?? 40);
const TARGET_P95_MS = 150;

await ensureDataSet(url);
const { prisma } = openRecordedDb(url);
try {
  const people = await prisma.user.count();
  const admin = await prisma.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } }, include: { unit: true } });
  const province = await prisma.unit.findFirstOrThrow({ where: { level: "PROVINCE" }, orderBy: { code: "asc" } });
  const head = await prisma.user.findFirstOrThrow({
    where: { unitId: province.id, roles: { has: "UNIT_HEAD" } },
    include: { unit: true },
  });
  const actorOf = (u: typeof admin): TActor => ({ id: u.id, unitId: u.unitId, unitPath: u.unit.path, roles: u.roles });
  const someone = await prisma.user.findFirstOrThrow({ orderBy: { email: "desc" } });
  const words = someone.searchText.split(" ").slice(0, 3).join(" ");
  const lastPage = Math.ceil(people / 50);
  const cases: { name: string; run: () => Promise<number> }[] = [
    {
      name: "Quản trị: trang đầu, toàn Ngành",
      run: async () => (await findAdminPeople(actorOf(admin), { q: "", page: 1 })).total,
    },
    {
      name: `Quản trị: trang ${lastPage} (cuối)`,
      run: async () => (await findAdminPeople(actorOf(admin), { q: "", page: lastPage })).items.length,
    },
    {
      name: 'Quản trị: tìm "nguyen van"',
      run: async () => (await findAdminPeople(actorOf(admin), { q: "nguyen van", page: 1 })).total,
    },
    {
      name: `Quản trị: tìm "${words}"`,
      run: async () => (await findAdminPeople(actorOf(admin), { q: words, page: 1 })).total,
    },
    {
      name: `Quản trị: cây ${province.name}`,
      run: async () => (await findAdminPeople(actorOf(admin), { q: "", unit: province.id, page: 1 })).total,
    },
    {
      name: `GET /users: lãnh đạo ${province.name}, tìm "thi"`,
      run: async () =>
        (await findUserPage(actorOf(head), { unitId: undefined, q: "thi", after: null, limit: 50 })).items.length,
    },
  ];
  const loadBefore = loadavg()[0];
  console.log(`Danh sách cán bộ: ${people} người, ${runs} lần đo mỗi trường hợp, mục tiêu p95 < ${TARGET_P95_MS} ms\n`);
  console.log("| trường hợp | kết quả | p50 (ms) | p95 (ms) |\n| --- | ---: | ---: | ---: |");
  for (const c of cases) {
    await timeRuns(5, c.run);
    const found = await c.run();
    const samples = await timeRuns(runs, c.run);
    console.log(
      `| ${c.name} | ${found} | ${percentile(samples, 50).toFixed(1)} | ${percentile(samples, 95).toFixed(1)} |`,
    );
  }
  console.log(
    `\nTải máy (load average 1 phút): ${loadBefore.toFixed(1)} lúc bắt đầu, ${loadavg()[0].toFixed(1)} lúc kết thúc.`,
  );
} finally {
  await prisma.$disconnect();
}
