"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { UnitSelect, type TUnitOption } from "@/components/unit-admin/unit-select";
import { deactivatePersonAction } from "@/lib/actions/people-admin/deactivate-person-action";
import { movePersonAction } from "@/lib/actions/people-admin/move-person-action";

export type TOpenStepRow = { id: string; name: string; taskTitle: string; deadline: string };
export type TColleague = { id: string; label: string };

/**
 * Moves a person to another unit (`units` given) or deactivates them, after choosing who takes
 * each open step; "hand all to" fills every row at once. The server refuses unless every open
 * step is named exactly once.
 */
export function HandoverForm({
  userId,
  name,
  steps,
  colleagues,
  units,
}: {
  userId: string;
  name: string;
  steps: readonly TOpenStepRow[];
  colleagues: readonly TColleague[];
  units?: readonly TUnitOption[];
}) {
  const t = useTranslations("peopleAdmin.handover");
  const router = useRouter();
  const [unitId, setUnitId] = useState("");
  const [to, setTo] = useState<Record<string, string>>({});
  const form = useSchemaForm(
    () => import("@/lib/schemas/people-admin").then((m) => (units ? m.ZMovePerson : m.ZDeactivatePerson)),
    units ? movePersonAction : deactivatePersonAction,
    () => router.refresh(),
  );
  const person = (value: string, onChange: (id: string) => void, label: string, id: string) => (
    <select id={id} aria-label={label} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t("choosePerson")}</option>
      {colleagues.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );
  return (
    <FormFrame
      form={form}
      onSubmit={() => {
        const handovers = steps.map((s) => ({ stepId: s.id, toUserId: to[s.id] ?? "" }));
        if (!window.confirm(units ? t("confirmMove", { name }) : t("confirmDeactivate", { name }))) return;
        const values = units ? { userId, unitId, handovers } : { userId, handovers };
        form.submit(values as Parameters<typeof form.submit>[0]);
      }}
    >
      {units && (
        <Field name="unitId" label={t("newUnit")} errors={form.errors} required>
          {(p) => (
            <UnitSelect control={p} options={units} value={unitId} onChange={setUnitId} emptyLabel={t("chooseUnit")} />
          )}
        </Field>
      )}
      {steps.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSteps")}</p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("intro", { count: steps.length })}</p>
          <div className="max-w-md">
            {person(
              "",
              (id) => setTo(Object.fromEntries(steps.map((s) => [s.id, id]))),
              t("allTo"),
              `${units ? "move" : "leave"}-all-${userId}`,
            )}
          </div>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {steps.map((s, i) => (
              <li key={s.id} className="grid gap-2 p-2 text-sm sm:grid-cols-2">
                <span>
                  <span className="font-medium">{s.name}</span> · {s.taskTitle} · {t("due", { date: s.deadline })}
                </span>
                <div>
                  {person(
                    to[s.id] ?? "",
                    (id) => setTo((m) => ({ ...m, [s.id]: id })),
                    t("stepTo", { step: s.name }),
                    `${units ? "move" : "leave"}-to-${s.id}`,
                  )}
                  {form.errors[`handovers.${i}.toUserId`]?.[0] && (
                    <p className="mt-1 text-xs text-red-700">{form.errors[`handovers.${i}.toUserId`]![0]}</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {form.errors.handovers?.[0] && <p className="text-sm text-red-700">{form.errors.handovers[0]}</p>}
        </div>
      )}
      <SubmitRow
        secondary
        pending={form.pending}
        label={units ? t("move") : t("deactivate")}
        pendingLabel={t("working")}
      />
    </FormFrame>
  );
}
