// A list of its own, without zod: the forms' option lists import it, and importing it from the
// schema's module would ship zod (30 kB gzip) with the page instead of when the form is sent.
export const directiveKinds = [
  "CONG_VAN",
  "CHI_THI",
  "CONG_DIEN",
  "QUYET_DINH",
  "KE_HOACH",
  "THONG_BAO",
  "KET_LUAN",
] as const;
