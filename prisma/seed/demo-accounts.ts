// Plain data only (no Prisma, no node imports): the sign-in page imports this file to list
// the demo accounts in demo mode, and the seed creates exactly these people.

/** The password of every seeded demo account. Demo use only. */
export const DEMO_PASSWORD = "demo1234";

export type TDemoAccount = {
  email: string;
  name: string;
  /** What the account demonstrates, in Vietnamese, e.g. "Thủ trưởng đơn vị". */
  roleLabel: string;
  unitName: string;
  /** Job title as printed on documents. */
  title: string;
};

export const demoAccounts: readonly TDemoAccount[] = [
  {
    email: "admin@demo.bhxh.vn",
    name: "Trịnh Thị Mai",
    roleLabel: "Quản trị hệ thống",
    unitName: "Văn phòng",
    title: "Chuyên viên chính",
  },
  {
    email: "tccb@demo.bhxh.vn",
    name: "Nguyễn Thị Thu Hương",
    roleLabel: "Theo dõi, giám sát toàn Ngành (Vụ TCCB)",
    unitName: "Vụ Tổ chức cán bộ",
    title: "Phó Vụ trưởng",
  },
  {
    email: "thanhtra@demo.bhxh.vn",
    name: "Đặng Văn Long",
    roleLabel: "Thanh tra, kiểm tra công vụ",
    unitName: "Vụ Thanh tra - Kiểm tra",
    title: "Thanh tra viên chính",
  },
  {
    email: "giamdoc.hanoi@demo.bhxh.vn",
    name: "Nguyễn Đức Hòa",
    roleLabel: "Thủ trưởng đơn vị cấp tỉnh",
    unitName: "BHXH TP. Hà Nội",
    title: "Giám đốc",
  },
  {
    email: "truong.dongda@demo.bhxh.vn",
    name: "Hoàng Văn Nam",
    roleLabel: "Thủ trưởng đơn vị cấp quận",
    unitName: "BHXH quận Đống Đa",
    title: "Giám đốc",
  },
  {
    email: "nv.dongda@demo.bhxh.vn",
    name: "Nguyễn Thị Lan",
    roleLabel: "Công chức, viên chức",
    unitName: "BHXH quận Đống Đa",
    title: "Chuyên viên",
  },
];
