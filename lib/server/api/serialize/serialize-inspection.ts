import "server-only";
import type { getInspectionDetails } from "@/lib/server/inspections/get-inspection-details";
import type { TInspectionRow } from "@/lib/server/inspections/inspection-select";

type TSummaryRow = TInspectionRow & { access: "inspecting" | "inspected" };
type TDetails = Awaited<ReturnType<typeof getInspectionDetails>>;

const day = (d: Date) => d.toISOString().slice(0, 10);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function serializeInspectionSummary(i: TSummaryRow) {
  return {
    id: i.id,
    kind: i.kind,
    status: i.status,
    access: i.access,
    plan: i.plan,
    inspectingUnit: { id: i.inspectingUnit.id, name: i.inspectingUnit.name },
    inspectedUnit: { id: i.inspectedUnit.id, name: i.inspectedUnit.name },
    periodFrom: day(i.periodFrom),
    periodTo: day(i.periodTo),
    subject: i.subject,
    startsOn: day(i.startsOn),
    endsOn: day(i.endsOn),
    startedAt: iso(i.startedAt),
    concludedAt: iso(i.concludedAt),
    team: i.team.map((m) => ({ role: m.role, user: { id: m.user.id, name: m.user.name } })),
  };
}

export function serializeInspection(i: TDetails) {
  return {
    ...serializeInspectionSummary(i),
    checklist: i.checklist && {
      id: i.checklist.id,
      title: i.checklist.title,
      items: i.checklist.items.map((item) => {
        const a = item.answers[0];
        return {
          id: item.id,
          text: item.text,
          citation: item.citation,
          answer: a ? { result: a.result, note: a.note, answeredAt: a.answeredAt.toISOString() } : null,
        };
      }),
    },
    findings: i.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      description: f.description,
      createdAt: f.createdAt.toISOString(),
      links: f.links.flatMap((l) => {
        const [kind, target] = (
          [
            ["task", l.task],
            ["step", l.step],
            ["signal", l.signal],
            ["event", l.event],
            ["user", l.user],
          ] as const
        ).find(([, t]) => t) ?? ["task", null];
        return target ? [{ kind, id: target.id }] : [];
      }),
    })),
    conclusion: i.conclusion && {
      id: i.conclusion.id,
      number: i.conclusion.directive.number,
      directiveId: i.conclusion.directive.id,
      summary: i.conclusion.summary,
      issuedAt: i.conclusion.issuedAt.toISOString(),
      recommendations: i.conclusion.recommendations.map((r) => ({
        id: r.id,
        position: r.position,
        task: {
          ...r.task,
          deadline: r.task.deadline.toISOString(),
          completedAt: iso(r.task.completedAt),
          steps: r.task.steps.map((s) => ({
            ...s,
            deadline: s.deadline.toISOString(),
            completedAt: iso(s.completedAt),
          })),
        },
      })),
    },
  };
}
