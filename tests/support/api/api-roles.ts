/** The demo accounts the API tests act as, one per role of the storyline (password demo1234). */
export const apiTestAccounts = {
  staff: "nv.dongda@demo.bhxh.vn", // staff at BHXH quận Đống Đa
  head: "truong.dongda@demo.bhxh.vn", // head of Đống Đa
  provinceHead: "giamdoc.hanoi@demo.bhxh.vn", // head of BHXH TP. Hà Nội
  tccb: "tccb@demo.bhxh.vn", // TCCB monitor, sector-wide
  inspector: "thanhtra@demo.bhxh.vn", // inspector, sector-wide
  admin: "admin@demo.bhxh.vn",
  otherStaff: "hieutv@demo.bhxh.vn", // staff at Hai Bà Trưng: outside Đống Đa
} as const;

export type TApiRole = keyof typeof apiTestAccounts;

/** Tokens that must be refused, made by the setup: revoked, expired, and one of a deactivated person. */
export type TRefusedTokens = { revoked: string; expired: string; inactiveUser: string };
