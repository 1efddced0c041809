"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { FieldError, FormFooter } from "./form-footer";
import { assessEvaluationAction } from "@/lib/actions/evaluations/assess-evaluation-action";
import { correctEvaluationAction } from "@/lib/actions/evaluations/correct-evaluation-action";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
type TError = { reason: string; objectiveCause: string };
type TMark = { meetsQuality: boolean; errors: TError[] };
export type TAssessedProduct = {
  id: string;
  label: string;
  detail: string;
  mark: { meetsQuality: boolean; majorErrors: Array<{ reason: string; objectiveCause: string | null }> } | null;
};

/**
 * The head's assessment of a period (or, with `mode="correct"`, a correction of a locked one,
 * which needs its reason): the general criteria's points, and per product whether it met the
 * quality required and its major errors, each with its reason and, when the head confirms one,
 * its objective cause (then it is not deducted).
 */
export function AssessmentForm({
  mode,
  userId,
  periodKey,
  maxGeneral,
  generalPoints,
  note,
  products,
}: {
  mode: "assess" | "correct";
  userId: string;
  periodKey: string;
  maxGeneral: number;
  generalPoints: number | null;
  note: string;
  products: TAssessedProduct[];
}) {
  const t = useTranslations("evaluation");
  const id = useId();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [marks, setMarks] = useState<Record<string, TMark>>(() =>
    Object.fromEntries(
      products.map((p) => [
        p.id,
        {
          meetsQuality: p.mark?.meetsQuality ?? true,
          errors: (p.mark?.majorErrors ?? []).map((e) => ({
            reason: e.reason,
            objectiveCause: e.objectiveCause ?? "",
          })),
        },
      ]),
    ),
  );
  const { formRef, pending, errors, message, submit } = useSchemaForm(
    async () => {
      const schemas = await import("@/lib/schemas/evaluations");
      return mode === "assess" ? schemas.ZAssessmentAction : schemas.ZCorrectionAction;
    },
    (values: unknown) => (mode === "assess" ? assessEvaluationAction(values) : correctEvaluationAction(values)),
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  const update = (productId: string, change: (m: TMark) => TMark) =>
    setMarks((all) => ({ ...all, [productId]: change(all[productId]!) }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const points = String(data.get("generalPoints") ?? "");
    const sent = Object.fromEntries(
      Object.entries(marks)
        .filter(([, m]) => !m.meetsQuality || m.errors.length > 0)
        .map(([productId, m]) => [
          productId,
          {
            meetsQuality: m.meetsQuality,
            majorErrors: m.errors.map((e) => ({ reason: e.reason, objectiveCause: e.objectiveCause.trim() || null })),
          },
        ]),
    );
    setSaved(false);
    submit({
      userId,
      periodKey,
      generalPoints: (points === "" ? undefined : Number(points)) as number,
      marks: sent,
      ...(mode === "assess" ? { note: String(data.get("note") ?? "") } : { reason: String(data.get("reason") ?? "") }),
    });
  }
  const error = (name: string) => <FieldError id={id} name={name} errors={errors} />;
  const markErrors = Object.entries(errors).filter(([k]) => k.startsWith("marks"));
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4" data-testid={`${mode}-form`}>
      <div className="max-w-xs">
        <label htmlFor={`${id}-general`} className="block text-sm font-medium">
          {t("generalPoints", { max: maxGeneral })}
        </label>
        <input
          id={`${id}-general`}
          name="generalPoints"
          type="number"
          min={0}
          max={maxGeneral}
          step="0.5"
          defaultValue={generalPoints ?? ""}
          className={input}
          aria-invalid={Boolean(errors.generalPoints)}
          aria-describedby={`${id}-generalPoints-error`}
        />
        {error("generalPoints")}
      </div>
      {products.length > 0 && (
        <fieldset className="grid gap-3">
          <legend className="text-sm font-medium">{t("marksTitle")}</legend>
          {products.map((p) => {
            const m = marks[p.id]!;
            return (
              <div key={p.id} className="rounded-md border border-slate-200 p-3" data-testid={`mark-${p.id}`}>
                <div className="text-sm font-medium">{p.label}</div>
                <div className="text-xs text-slate-500">{p.detail}</div>
                <label className="mt-2 flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={m.meetsQuality}
                    onChange={(e) => update(p.id, (x) => ({ ...x, meetsQuality: e.target.checked }))}
                  />
                  {t("meetsQuality")}
                </label>
                {m.errors.map((e, i) => (
                  <div key={i} className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
                    <label className="text-sm">
                      {t("majorErrorReason", { n: i + 1 })}
                      <input
                        value={e.reason}
                        maxLength={500}
                        onChange={(ev) =>
                          update(p.id, (x) => ({
                            ...x,
                            errors: x.errors.map((y, j) => (j === i ? { ...y, reason: ev.target.value } : y)),
                          }))
                        }
                        className={input}
                      />
                    </label>
                    <label className="text-sm">
                      {t("objectiveCause")}
                      <input
                        value={e.objectiveCause}
                        maxLength={500}
                        onChange={(ev) =>
                          update(p.id, (x) => ({
                            ...x,
                            errors: x.errors.map((y, j) => (j === i ? { ...y, objectiveCause: ev.target.value } : y)),
                          }))
                        }
                        className={input}
                      />
                    </label>
                    <button
                      type="button"
                      onClick={() => update(p.id, (x) => ({ ...x, errors: x.errors.filter((_, j) => j !== i) }))}
                      className="self-end rounded-md border border-slate-300 px-2 py-2 text-sm hover:bg-slate-50"
                    >
                      {t("removeError")}
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  onClick={() =>
                    update(p.id, (x) => ({ ...x, errors: [...x.errors, { reason: "", objectiveCause: "" }] }))
                  }
                  className="mt-2 rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
                >
                  {t("addError")}
                </button>
              </div>
            );
          })}
          {markErrors.map(([k, list]) => (
            <p key={k} className="text-sm text-red-700">
              {list?.[0]}
            </p>
          ))}
        </fieldset>
      )}
      {mode === "assess" ? (
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm font-medium">
            {t("assessmentNote")}
          </label>
          <textarea id={`${id}-note`} name="note" rows={2} defaultValue={note} maxLength={4000} className={input} />
          {error("note")}
        </div>
      ) : (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            {t("correctionReason")}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={2000}
            className={input}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={`${id}-reason-error`}
          />
          {error("reason")}
        </div>
      )}
      <FormFooter
        label={mode === "assess" ? t("assessSubmit") : t("correctSubmit")}
        pending={pending}
        message={message}
        errors={errors}
        saved={saved}
      />
    </form>
  );
}
