/** The "Ghi quyết định" form for a person, pre-filled with the kind and, when known, the period. */
export function decisionFormHref(p: {
  person: string;
  kind: "REVIEW" | "COMMENDATION" | "REWARD";
  period: string | null;
}) {
  const params = new URLSearchParams({ person: p.person, kind: p.kind });
  if (p.period) params.set("period", p.period);
  return `/decisions/new?${params.toString()}`;
}
