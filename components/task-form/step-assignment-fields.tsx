import { DateField } from "@/components/ui/date-field";
import { stepKindLabel } from "@/components/work/labels";
import { dateHint } from "./date-hint";
import { Field, inputClass, secondaryButtonClass, type TFieldErrors } from "./form-field";
import type { TPersonOption, TTemplateOption, TUnitOption } from "./task-form-options";

type TProps = {
  template: TTemplateOption | undefined;
  steps: { ownerId: string; deadline: string }[];
  candidates: TPersonOption[];
  units: TUnitOption[];
  today: string;
  errors: TFieldErrors;
  onChange: (index: number, patch: Partial<{ ownerId: string; deadline: string }>) => void;
  onResetDeadlines: () => void;
};

/** One fieldset per step: exactly one accountable person (a required select) and the step's deadline. */
export function StepAssignmentFields({ template, steps, candidates, units, today, errors, onChange, onResetDeadlines }: TProps) {
  if (!template) return <p className="text-sm text-slate-600">Chọn đơn vị chủ trì và quy trình mẫu để phân công từng khâu.</p>;
  const byUnit = units.filter((u) => candidates.some((c) => c.unitId === u.id));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">Mỗi khâu có đúng một người chịu trách nhiệm. Hạn mặc định tính theo ngày làm việc từ hôm nay.</p>
        <button type="button" className={secondaryButtonClass} onClick={onResetDeadlines}>Tính lại hạn theo quy trình mẫu</button>
      </div>
      {errors.steps?.[0] && <p className="text-sm text-red-700">{errors.steps[0]}</p>}
      <ol className="space-y-3">
        {template.steps.map((s, i) => (
          <li key={`${template.id}-${i}`}>
            <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem]" data-testid="step-assignment">
              <legend className="px-1 text-sm font-medium">
                Khâu {i + 1}: {s.name} <span className="font-normal text-slate-500">({stepKindLabel[s.kind] ?? s.kind} · mặc định {s.defaultDurationDays} ngày làm việc)</span>
              </legend>
              <Field name={`steps.${i}.ownerId`} label="Người chịu trách nhiệm" errors={errors} required>
                {(p) => (
                  <select {...p} className={inputClass} value={steps[i]?.ownerId ?? ""} onChange={(e) => onChange(i, { ownerId: e.target.value })}>
                    <option value="">— Chọn một người —</option>
                    {byUnit.map((u) => (
                      <optgroup key={u.id} label={u.name}>
                        {candidates.filter((c) => c.unitId === u.id).map((c) => (
                          <option key={c.id} value={c.id}>{c.name}{c.title ? ` — ${c.title}` : ""}</option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`steps.${i}.deadline`} label="Hạn của khâu" errors={errors} required hint={dateHint(steps[i]?.deadline ?? "")}>
                {(p) => <DateField {...p} min={today} className={inputClass} value={steps[i]?.deadline ?? ""} onChange={(deadline) => onChange(i, { deadline })} />}
              </Field>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
