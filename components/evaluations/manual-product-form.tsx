"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { DateField } from "@/components/ui/date-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { FieldError, FormFooter } from "./form-footer";
import { addManualProductAction } from "@/lib/actions/evaluations/add-manual-product-action";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/** A product the tracker does not hold, with its evidence, for the head to confirm. */
export function ManualProductForm({
  userId,
  periodKey,
  min,
  max,
}: {
  userId: string;
  periodKey: string;
  min: string;
  max: string;
}) {
  const t = useTranslations("evaluation");
  const id = useId();
  const router = useRouter();
  const { formRef, pending, errors, message, submit } = useSchemaForm(
    async () => (await import("@/lib/schemas/evaluations")).ZManualProductAction,
    addManualProductAction,
    () => {
      formRef.current?.reset();
      router.refresh();
    },
  );
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const weight = text("weight");
    submit({
      userId,
      periodKey,
      description: text("description"),
      evidenceUrl: text("evidenceUrl") || null,
      evidenceNote: text("evidenceNote") || null,
      weight: (weight === "" ? undefined : Number(weight)) as number,
      completedOn: text("completedOn"),
    });
  }
  const field = (name: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      <FieldError id={id} name={name} errors={errors} />
    </div>
  );
  const attrs = (name: string) => ({
    id: `${id}-${name}`,
    name,
    className: input,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": `${id}-${name}-error`,
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      data-testid="manual-product-form"
    >
      <div className="sm:col-span-2">
        {field("description", t("productDescription"), <input {...attrs("description")} maxLength={500} />)}
      </div>
      {field("evidenceUrl", t("evidenceUrl"), <input {...attrs("evidenceUrl")} type="url" maxLength={1000} />)}
      {field("evidenceNote", t("evidenceNote"), <input {...attrs("evidenceNote")} maxLength={500} />)}
      {field(
        "weight",
        t("productWeight"),
        <input {...attrs("weight")} type="number" min={0.1} max={100} step="0.1" defaultValue="1" />,
      )}
      {field(
        "completedOn",
        t("productCompletedOn"),
        <DateField {...attrs("completedOn")} min={min} max={max} defaultValue={max} />,
      )}
      <FormFooter
        label={t("productAdd")}
        pending={pending}
        message={message}
        errors={errors}
        saved={false}
        className="flex items-center gap-3 sm:col-span-2"
      />
    </form>
  );
}
