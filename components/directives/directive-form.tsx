"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert, inputClass, primaryButtonClass } from "@/components/task-form/form-field";
import { dateHint } from "@/components/task-form/date-hint";
import { DateField } from "@/components/ui/date-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createDirectiveAction } from "@/lib/actions/directives/create-directive-action";
import type { TCreateDirective } from "@/lib/schemas/directive";
import { directiveKinds } from "@/lib/schemas/directive-kinds";
import { directiveKindLabel } from "./directive-kind-label";

/** Registering a directive; `knownNumbers` feeds the suggestions for the directive it implements. */
export function DirectiveForm({ today, knownNumbers }: { today: string; knownNumbers: string[] }) {
  const router = useRouter();
  const [values, setValues] = useState<TCreateDirective>({
    number: "",
    kind: "CONG_VAN",
    issuer: "BHXH Việt Nam",
    issuedOn: today,
    subject: "V/v ",
    summary: "",
    implementsNumber: "",
  });
  const set = <K extends keyof TCreateDirective>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const form = useSchemaForm(() => import("@/lib/schemas/directive").then((m) => m.ZCreateDirective), createDirectiveAction, (data) => router.push(`/directives/${data.id}`));
  const { errors } = form;

  return (
    <form ref={form.formRef} noValidate className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-5" onSubmit={(e) => { e.preventDefault(); form.submit(values); }}>
      <FormAlert message={form.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="number" label="Số, ký hiệu" errors={errors} required hint="Ví dụ 1251/BHXH-TCCB, 280/CĐ-TTg.">
          {(p) => <input {...p} type="text" autoFocus className={inputClass} value={values.number} onChange={set("number")} />}
        </Field>
        <Field name="kind" label="Loại văn bản" errors={errors} required>
          {(p) => (
            <select {...p} className={inputClass} value={values.kind} onChange={set("kind")}>
              {directiveKinds.map((k) => <option key={k} value={k}>{directiveKindLabel[k]}</option>)}
            </select>
          )}
        </Field>
        <Field name="issuedOn" label="Ngày ban hành" errors={errors} required hint={dateHint(values.issuedOn)}>
          {(p) => <DateField {...p} max={today} className={inputClass} value={values.issuedOn} onChange={(issuedOn) => setValues((v) => ({ ...v, issuedOn }))} />}
        </Field>
      </div>
      <Field name="issuer" label="Cơ quan ban hành" errors={errors} required>
        {(p) => <input {...p} type="text" className={inputClass} value={values.issuer} onChange={set("issuer")} />}
      </Field>
      <Field name="subject" label="Trích yếu" errors={errors} required>
        {(p) => <input {...p} type="text" className={inputClass} value={values.subject} onChange={set("subject")} />}
      </Field>
      <Field name="summary" label="Tóm tắt nội dung chỉ đạo" errors={errors}>
        {(p) => <textarea {...p} rows={4} className={inputClass} value={values.summary} onChange={set("summary")} />}
      </Field>
      <Field name="implementsNumber" label="Thực hiện văn bản số" errors={errors} hint="Để trống nếu văn bản không triển khai văn bản nào khác.">
        {(p) => (
          <>
            <input {...p} type="text" list="known-directives" className={inputClass} value={values.implementsNumber} onChange={set("implementsNumber")} />
            <datalist id="known-directives">{knownNumbers.map((n) => <option key={n} value={n} />)}</datalist>
          </>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={form.pending}>{form.pending ? "Đang lưu…" : "Lưu văn bản"}</button>
        <Link href="/directives" className="text-sm text-brand-700 hover:underline">Hủy</Link>
      </div>
    </form>
  );
}
