// Type-level tests, checked by `tsc --noEmit -p .` (tsconfig includes every *.ts): nothing here
// runs. They hold the guarantee that an action form's field names are keys of its action's
// schema, so a misspelt or stale field name fails the type check instead of posting a field
// the server ignores.
import { describe, expectTypeOf, it } from "vitest";
import type { answerSignalAction } from "@/lib/actions/signals/answer-signal-action";
import type { reassignStepAction } from "@/lib/actions/steps/reassign-step-action";
import type { SignalTextForm } from "@/components/signals/signal-text-form";
import type { ActionForm, TFieldNameOf, TFormFieldName } from "./action-form";
import type { TextAreaField } from "./form-fields";

declare const actionForm: typeof ActionForm;
declare const textArea: typeof TextAreaField;
declare const signalTextForm: typeof SignalTextForm;
declare const reassign: typeof reassignStepAction;
declare const answerSignal: typeof answerSignalAction;
const hidden = { stepId: "s", expectedVersion: 0 };

describe("ActionForm", () => {
  it("names its fields by the keys of the action's schema", () => {
    expectTypeOf<TFieldNameOf<typeof reassign.definition.schema>>().toEqualTypeOf<
      "stepId" | "expectedVersion" | "newOwnerId" | "reason"
    >();
  });

  it("refuses a field the schema does not have", () => {
    const form = () =>
      actionForm({
        action: reassign,
        hidden,
        submitLabel: "",
        children: (field) => [
          textArea({ name: field("reason"), label: "" }),
          // @ts-expect-error: ZReassignStep has no "note"
          textArea({ name: field("note"), label: "" }),
        ],
      });
    expectTypeOf(form).toBeFunction();
  });

  it("refuses a field named without the form's check", () => {
    // @ts-expect-error: a bare string is not a TFormFieldName
    const bare = () => textArea({ name: "reason", label: "" });
    expectTypeOf(bare).toBeFunction();
    expectTypeOf<string>().not.toExtend<TFormFieldName>();
  });

  it("refuses a hidden value the schema does not have", () => {
    // @ts-expect-error: ZReassignStep has no "taskId"
    const form = () => actionForm({ action: reassign, hidden: { ...hidden, taskId: "t" }, submitLabel: "" });
    expectTypeOf(form).toBeFunction();
  });

  it("checks the field a server component names as data (SignalTextForm)", () => {
    const ok = () =>
      signalTextForm({
        action: answerSignal,
        hidden: { signalId: "x" },
        submitLabel: "",
        testId: "",
        text: { name: "explanation", label: "" },
      });
    // prettier-ignore
    // @ts-expect-error: ZAnswerSignal has no "reason"
    const wrong = () => signalTextForm({ action: answerSignal, hidden: { signalId: "x" }, submitLabel: "", testId: "", text: { name: "reason", label: "" } });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(wrong).toBeFunction();
  });
});
