// Usage: npm run bench:import   (BENCH_IMPORT_PEOPLE=20000, BENCH_ADMIN_URL optional)
// Issue 12 §2's target: 20,000 people import in < 60 s. Builds the template with a sector's
// tree (about 700 units) and 20,000 people, as an office would fill it, then times through the
// same server function the page and the API call: the dry run, the apply (one transaction),
// and the same file again (every row unchanged, nothing written). Runs in a database of its
// own (trach_bench_import, made afresh and migrated), so the sector set is left as it is.
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import pg from "pg";
import { createDbHandle } from "../lib/server/db/create-prisma-client.ts";
import { setDbHandleForTests } from "../lib/server/db/prisma.ts";
import { buildPeopleTemplate } from "../lib/server/imports/build-people-template.ts";
import { importPeople, type TImporter } from "../lib/server/imports/import-people.ts";
import { applyMigrations } from "../prisma/engine/apply-migrations.ts";

const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PEOPLE = Number(process.env.BENCH_IMPORT_PEOPLE ?? 20_000);
const TARGET_S = 60;
const DB = "trach_bench_import";

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${DB}`;
const handle = createDbHandle({ kind: "postgres", url: url.toString() });
await applyMigrations(handle.adapterFactory);
setDbHandleForTests(handle);
const { prisma } = handle;

try {
  const root = await prisma.unit.create({
    data: {
      id: "00000000-0000-4000-8000-000000000001",
      code: "BHXH-VN",
      name: "BHXH Việt Nam",
      level: "CENTRAL",
      path: "/00000000-0000-4000-8000-000000000001/",
    },
  });
  const user = await prisma.user.create({
    data: {
      email: "admin@bench.vn",
      name: "Quản trị",
      passwordHash: "x",
      unitId: root.id,
      roles: ["STAFF", "ADMIN"],
      employeeCode: "ADMIN-1",
    },
  });
  const actor: TImporter = { id: user.id, unitId: root.id, unitPath: root.path, roles: user.roles, locale: "vi" };

  const wb = buildPeopleTemplate("vi");
  const units = wb.getWorksheet("Đơn vị")!;
  const people = wb.getWorksheet("Cán bộ")!;
  const codes: string[] = [];
  for (let p = 1; p <= 63; p++) {
    const province = `BHXH-T${String(p).padStart(2, "0")}`;
    units.addRow([province, `BHXH tỉnh số ${p}`, "", "Tỉnh, thành phố", "BHXH-VN"]);
    codes.push(province);
    for (let d = 1; d <= 10; d++) {
      const district = `${province}-H${String(d).padStart(2, "0")}`;
      units.addRow([district, `BHXH cơ sở ${d} tỉnh ${p}`, "", "Cấp huyện, cơ sở", province]);
      codes.push(district);
    }
  }
  const surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
  for (let i = 1; i <= PEOPLE; i++) {
    const code = `CB-${String(i).padStart(6, "0")}`;
    const head = i % 30 === 0;
    people.addRow([
      code,
      `${surnames[i % surnames.length]} Văn Người ${i}`,
      `cb${i}@bench.bhxh.gov.vn`,
      codes[i % codes.length],
      head ? "Thủ trưởng" : "Công chức, viên chức",
      head ? "Giám đốc" : "Chuyên viên",
      head ? "Lãnh đạo đơn vị; Công chức, viên chức" : "Công chức, viên chức",
    ]);
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  console.log(
    `Tệp: ${codes.length} đơn vị, ${PEOPLE} cán bộ, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB. Tải máy: ${loadavg()[0].toFixed(2)}`,
  );
  const file = { kind: "file" as const, fileName: "bench.xlsx", bytes };
  const time = async (name: string, dryRun: boolean) => {
    const started = performance.now();
    const done = await importPeople(actor, file, { dryRun }, new Date());
    const s = (performance.now() - started) / 1000;
    const counts = done.report.sheets
      .map((x) => `${x.name}: ${x.counts.NEW} mới, ${x.counts.UNCHANGED} không đổi, ${x.counts.ERROR} lỗi`)
      .join("; ");
    console.log(
      `${name.padEnd(28)} ${s.toFixed(1).padStart(6)} s  ${done.status}  ${counts}${s < TARGET_S ? "" : `  (VƯỢT mục tiêu ${TARGET_S} s)`}`,
    );
  };
  await time("Chạy thử (dry run)", true);
  await time("Áp dụng (một giao dịch)", false);
  await time("Nhập lại cùng tệp", false);
  console.log(
    `Sự kiện đã ghi: ${await prisma.event.count()}; cán bộ: ${await prisma.user.count()}; đơn vị: ${await prisma.unit.count()}`,
  );
} finally {
  await handle.close();
}
