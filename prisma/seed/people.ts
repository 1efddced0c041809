import type { Position, Role } from "../../lib/server/db/generated/client.ts";
import { demoAccounts } from "./demo-accounts.ts";
import { lookup, newId, type TDemoModel } from "./demo-model.ts";

type TPersonSpec = {
  /** Key used by the task stories; also the e-mail handle unless `email` is given. */
  key: string;
  name: string;
  unit: string;
  title: string;
  position: Position;
  extraRoles?: Role[];
  email?: string;
};

const HEAD: Position = "HEAD";
const DEPUTY: Position = "DEPUTY_HEAD";
const STAFF: Position = "STAFF";
const MONITOR: Role[] = ["TCCB_MONITOR"];
const INSPECTOR: Role[] = ["INSPECTOR"];

export const personSpecs: readonly TPersonSpec[] = [
  { key: "hungtq", name: "Trần Quốc Hưng", unit: "BHXHVN", title: "Tổng Giám đốc", position: HEAD },
  { key: "hadtm", name: "Đỗ Thị Minh Hà", unit: "BHXHVN", title: "Phó Tổng Giám đốc", position: DEPUTY },
  { key: "khanhpv", name: "Phạm Văn Khánh", unit: "TCCB", title: "Vụ trưởng", position: HEAD, extraRoles: MONITOR },
  {
    key: "huongntt",
    email: "tccb@demo.bhxh.vn",
    name: "Nguyễn Thị Thu Hương",
    unit: "TCCB",
    title: "Phó Vụ trưởng",
    position: DEPUTY,
    extraRoles: MONITOR,
  },
  {
    key: "tuanhm",
    name: "Hoàng Minh Tuấn",
    unit: "TCCB",
    title: "Chuyên viên chính",
    position: STAFF,
    extraRoles: MONITOR,
  },
  { key: "anhvtn", name: "Vũ Thị Ngọc Ánh", unit: "TCCB", title: "Chuyên viên", position: STAFF, extraRoles: MONITOR },
  { key: "thangbd", name: "Bùi Đức Thắng", unit: "TTKT", title: "Vụ trưởng", position: HEAD, extraRoles: INSPECTOR },
  {
    key: "longdv",
    email: "thanhtra@demo.bhxh.vn",
    name: "Đặng Văn Long",
    unit: "TTKT",
    title: "Thanh tra viên chính",
    position: STAFF,
    extraRoles: INSPECTOR,
  },
  {
    key: "nhunglth",
    name: "Lý Thị Hồng Nhung",
    unit: "TTKT",
    title: "Thanh tra viên",
    position: STAFF,
    extraRoles: INSPECTOR,
  },
  { key: "vinhnq", name: "Ngô Quang Vinh", unit: "VP", title: "Chánh Văn phòng", position: HEAD },
  {
    key: "maitt",
    email: "admin@demo.bhxh.vn",
    name: "Trịnh Thị Mai",
    unit: "VP",
    title: "Chuyên viên chính",
    position: STAFF,
    extraRoles: ["ADMIN"],
  },
  { key: "thaodt", name: "Đinh Thị Thảo", unit: "VP", title: "Chuyên viên (văn thư)", position: STAFF },
  {
    key: "hoand",
    email: "giamdoc.hanoi@demo.bhxh.vn",
    name: "Nguyễn Đức Hòa",
    unit: "HN",
    title: "Giám đốc",
    position: HEAD,
  },
  { key: "ngocttb", name: "Trần Thị Bích Ngọc", unit: "HN", title: "Phó Giám đốc", position: DEPUTY },
  { key: "quanlm", name: "Lê Minh Quân", unit: "HN", title: "Trưởng phòng Tổ chức cán bộ", position: STAFF },
  {
    key: "yenpth",
    name: "Phan Thị Hải Yến",
    unit: "HN",
    title: "Phó Trưởng phòng Thanh tra - Kiểm tra",
    position: STAFF,
  },
  { key: "baovq", name: "Vương Quốc Bảo", unit: "HN", title: "Chuyên viên chính", position: STAFF },
  { key: "tamttt", name: "Tạ Thị Thanh Tâm", unit: "HN", title: "Chuyên viên", position: STAFF },
  {
    key: "namhv",
    email: "truong.dongda@demo.bhxh.vn",
    name: "Hoàng Văn Nam",
    unit: "HN-DD",
    title: "Giám đốc",
    position: HEAD,
  },
  { key: "oanhltk", name: "Lương Thị Kim Oanh", unit: "HN-DD", title: "Phó Giám đốc", position: DEPUTY },
  {
    key: "lannt",
    email: "nv.dongda@demo.bhxh.vn",
    name: "Nguyễn Thị Lan",
    unit: "HN-DD",
    title: "Chuyên viên",
    position: STAFF,
  },
  { key: "cuongdm", name: "Đỗ Mạnh Cường", unit: "HN-DD", title: "Chuyên viên chính", position: STAFF },
  { key: "hanhpt", name: "Phí Thị Hạnh", unit: "HN-DD", title: "Viên chức (bộ phận một cửa)", position: STAFF },
  { key: "sonkv", name: "Kiều Văn Sơn", unit: "HN-HBT", title: "Giám đốc", position: HEAD },
  { key: "phuongmt", name: "Mai Thị Phương", unit: "HN-HBT", title: "Phó Giám đốc", position: DEPUTY },
  { key: "hieutv", name: "Trương Văn Hiếu", unit: "HN-HBT", title: "Chuyên viên", position: STAFF },
  { key: "quynhdt", name: "Dương Thị Quỳnh", unit: "HN-HBT", title: "Chuyên viên", position: STAFF },
  { key: "thinhlq", name: "Lâm Quốc Thịnh", unit: "HCM", title: "Giám đốc", position: HEAD },
  { key: "loanhtk", name: "Huỳnh Thị Kim Loan", unit: "HCM", title: "Phó Giám đốc", position: DEPUTY },
  { key: "trietcm", name: "Châu Minh Triết", unit: "HCM", title: "Trưởng phòng Tổ chức cán bộ", position: STAFF },
  { key: "duyenvtm", name: "Võ Thị Mỹ Duyên", unit: "HCM", title: "Chuyên viên", position: STAFF },
  { key: "loctv", name: "Tăng Văn Lộc", unit: "HCM-Q1", title: "Giám đốc", position: HEAD },
  { key: "phucnh", name: "Nguyễn Hoàng Phúc", unit: "HCM-Q1", title: "Chuyên viên", position: STAFF },
  { key: "tranghtt", name: "Hồ Thị Thu Trang", unit: "HCM-Q3", title: "Giám đốc", position: HEAD },
  { key: "tunglt", name: "Lê Thanh Tùng", unit: "HCM-Q3", title: "Chuyên viên", position: STAFF },
  { key: "ducpv", name: "Phan Văn Đức", unit: "DN", title: "Giám đốc", position: HEAD },
  { key: "hoaitt", name: "Trần Thị Hoài", unit: "DN", title: "Phó Giám đốc", position: DEPUTY },
  { key: "tainv", name: "Nguyễn Văn Tài", unit: "DN", title: "Chuyên viên chính", position: STAFF },
  { key: "suongltt", name: "Lê Thị Thu Sương", unit: "DN", title: "Chuyên viên", position: STAFF },
  // Last, so that everyone else keeps their employee code: the deputies journey's deputy.
  { key: "khoalm", name: "Lê Minh Khoa", unit: "DN", title: "Chuyên viên chính", position: STAFF },
  // The evaluation journey's person: last month's products include a delay explained and accepted.
  { key: "vuongnh", name: "Ngô Hữu Vượng", unit: "HCM-Q3", title: "Chuyên viên", position: STAFF },
  // After him for the same reason: the decisions journey's commendation candidate (every step on time).
  { key: "handtn", name: "Đoàn Thị Ngọc Hân", unit: "HCM-Q3", title: "Chuyên viên", position: STAFF },
];

export const emailOf = (spec: TPersonSpec): string => spec.email ?? `${spec.key}@demo.bhxh.vn`;

/** Everyone is staff; heads and deputies also get UNIT_HEAD (they assign, rule and approve). */
function rolesOf(spec: TPersonSpec): Role[] {
  const roles: Role[] = ["STAFF"];
  if (spec.position !== "STAFF") roles.push("UNIT_HEAD");
  return [...roles, ...(spec.extraRoles ?? [])];
}

export function addPeople(model: TDemoModel, passwordHash: string): void {
  for (const [index, spec] of personSpecs.entries()) {
    const id = newId();
    const unitId = lookup(model.unitByCode, spec.unit, "unit").id;
    model.users.push({
      id,
      email: emailOf(spec),
      // Mã cán bộ as an office numbers its people: the order of the list, six digits.
      employeeCode: `CB-${String(index + 1).padStart(6, "0")}`,
      name: spec.name,
      passwordHash,
      unitId,
      position: spec.position,
      title: spec.title,
      roles: rolesOf(spec),
    });
    model.userByKey.set(spec.key, { id, unitId });
  }
  // The sign-in page advertises these accounts: fail loudly if the seed drifts from them.
  for (const account of demoAccounts) {
    const user = model.users.find((u) => u.email === account.email);
    const unit = model.units.find((u) => u.id === user?.unitId);
    if (!user || user.name !== account.name || user.title !== account.title || unit?.name !== account.unitName) {
      throw new Error(`Demo account ${account.email} is not seeded as listed`);
    }
  }
}
