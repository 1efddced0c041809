import "server-only";
import type { z } from "zod";
import type { ZApiEvaluation, ZApiEvaluationList } from "@/lib/schemas/api/evaluations";
import type { TEvaluationView } from "@/lib/server/evaluation/get-evaluation";
import type { TUnitEvaluations } from "@/lib/server/evaluation/get-unit-evaluations";
import { iso } from "./iso";

const day = (d: Date) => d.toISOString().slice(0, 10);

export function serializeEvaluation(view: TEvaluationView): z.infer<typeof ZApiEvaluation> {
  const e = view.evaluation;
  return {
    person: {
      id: view.person.id,
      name: view.person.name,
      position: view.person.position,
      unit: { id: view.person.unit.id, name: view.person.unit.name },
    },
    period: view.period,
    status: e?.status ?? "NONE",
    locked: view.locked,
    scheme: view.scheme,
    result: {
      quantityPct: view.result.own.quantityPct,
      qualityPct: view.result.own.qualityPct,
      timelinessPct: view.result.own.timelinessPct,
      ownTaskPoints: view.result.own.points,
      unitTaskPoints: view.result.unitPoints,
      taskPoints: view.result.taskPoints,
      generalPoints: view.result.generalPoints,
      total: view.result.total,
      grade: view.result.grade,
    },
    products: view.rows.map((r) => {
      const s = r.source;
      return {
        id: r.product.id,
        kind: s.kind,
        name: s.kind === "STEP" ? s.name : s.description,
        task: s.kind === "STEP" ? { id: s.taskId, title: s.taskTitle } : null,
        weight: r.product.weight,
        deadline: s.kind === "STEP" ? s.deadline : null,
        originalDeadline: s.kind === "STEP" ? s.originalDeadline : null,
        completedAt: s.kind === "STEP" ? s.completedAt : null,
        completedOn: s.kind === "MANUAL" ? s.completedOn : null,
        completed: r.product.completed,
        late: r.product.late,
        exemption: r.product.exemption,
        explanationSignalId: s.kind === "STEP" ? s.explanationSignalId : null,
        mark: r.mark,
        score: {
          quantity: r.score.quantity,
          quality: r.score.quality,
          timeliness: r.score.timeliness,
          deductions: r.score.deductions,
        },
      };
    }),
    manualProducts: view.manual.map((m) => ({
      id: m.id,
      description: m.description,
      evidenceUrl: m.evidenceUrl,
      evidenceNote: m.evidenceNote,
      weight: m.weight,
      completedOn: day(m.completedOn),
      status: m.status,
    })),
    selfAssessment:
      e?.selfAssessedAt && e.selfSummary !== null
        ? { summary: e.selfSummary, generalPoints: e.selfGeneralPoints ?? 0, at: iso(e.selfAssessedAt) }
        : null,
    assessment:
      e?.assessedAt && e.assessor && e.generalPoints !== null
        ? { by: e.assessor, at: iso(e.assessedAt), generalPoints: e.generalPoints, note: e.assessmentNote }
        : null,
    approval: e?.approvedAt && e.approver ? { by: e.approver, at: iso(e.approvedAt) } : null,
    corrections: view.corrections.map((c) => ({ by: c.actor, at: iso(c.at), reason: c.reason })),
  };
}

export function serializeEvaluationList(table: TUnitEvaluations): z.infer<typeof ZApiEvaluationList> {
  return {
    unit: { id: table.unit.id, name: table.unit.name },
    period: table.period,
    subPeriods: table.subPeriods,
    items: table.rows.map((r) => ({
      person: {
        id: r.id,
        name: r.name,
        title: r.title,
        position: r.position,
        unit: { id: r.unit.id, name: r.unit.name },
      },
      status: r.status,
      taskPoints: r.taskPoints,
      unitTaskPoints: r.unitPoints,
      generalPoints: r.generalPoints,
      total: r.total,
      grade: r.grade,
      provisional: r.provisional,
    })),
    distribution: table.summary.distribution,
    cap: table.summary.cap,
    unitsOverCap: table.capBreaches.map((b) => ({
      unit: { id: b.unit.id, name: b.unit.name },
      excellent: b.cap.excellent,
      allowed: b.cap.allowed,
    })),
  };
}
