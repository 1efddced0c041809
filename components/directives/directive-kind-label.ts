export const directiveKindLabel: Record<string, string> = {
  CONG_VAN: "Công văn",
  CHI_THI: "Chỉ thị",
  CONG_DIEN: "Công điện",
  QUYET_DINH: "Quyết định",
  KE_HOACH: "Kế hoạch",
  THONG_BAO: "Thông báo",
};
