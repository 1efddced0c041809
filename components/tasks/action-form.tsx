"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { createContext, useContext, useState, useTransition } from "react";
import type { z } from "zod";
import { useAnnounce } from "./action-status";

export type TFormResult =
  { ok: true } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A server action made by createAction, as a form sees it. The browser holds only a reference
 * to the action: its `definition` is read here for the schema's type, never at run time, so
 * no schema reaches the page's bundle (README, Page weight).
 */
export type TSchemaAction<S extends z.ZodType> = ((input: unknown) => Promise<TFormResult>) & {
  definition: { schema: S };
};

/** The fields a schema takes: the keys of its input, as a form posts them. */
export type TFieldNameOf<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

declare const checkedName: unique symbol;
/**
 * A field name an ActionForm checked against its action's schema. The field components take
 * only this, so a field cannot be named outside the schema: `field("nmae")` does not compile,
 * and neither does a bare `name="…"`.
 */
export type TFormFieldName = string & { readonly [checkedName]: true };

/** Checks a field name against the schema (at compile time; at run time the name is as given). */
export type TFieldOf<S extends z.ZodType> = (name: TFieldNameOf<S>) => TFormFieldName;

const field = (name: string) => name as TFormFieldName;

const FieldErrorsContext = createContext<Record<string, string[]>>({});

/** The error of one field, announced next to it. */
export function FieldError({ name, id }: { name: string; id: string }) {
  const errors = useContext(FieldErrorsContext)[name];
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors[0]}
    </p>
  );
}

/**
 * A form that calls one server action with its fields plus fixed hidden values, shows field
 * and form errors in place (keeping what was typed), and refreshes the page when it succeeds,
 * or when someone else changed the step in the meantime (CONFLICT), so the latest state shows.
 * A success is confirmed in the nearest ActionStatus, which also takes the focus. It is typed
 * by the action's schema: the hidden values and the fields (named through `children`'s
 * `field`) must be keys of its input.
 */
export function ActionForm<S extends z.ZodType>({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  successMessage,
  children,
  tone = "primary",
  onDone,
  testId,
}: {
  action: TSchemaAction<S>;
  hidden: Partial<z.input<S>>;
  submitLabel: string;
  pendingLabel?: string;
  successMessage?: string;
  children?: (field: TFieldOf<S>) => React.ReactNode;
  tone?: "primary" | "secondary" | "danger";
  onDone?: () => void;
  testId?: string;
}) {
  const t = useTranslations("stepActions");
  const router = useRouter();
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<TFormResult, { ok: false }> | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An untouched optional select or input sends "", which means "not given".
    const fields = Object.fromEntries([...new FormData(event.currentTarget)].filter(([, v]) => v !== ""));
    startTransition(async () => {
      const result = await action({ ...fields, ...hidden });
      if (result.ok) {
        setFailure(null);
        announce?.(successMessage ?? t("saved"));
        onDone?.();
        router.refresh();
        return;
      }
      setFailure(result);
      if (result.code === "CONFLICT") router.refresh();
    });
  }

  const colors = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-slate-300 bg-white hover:bg-slate-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[tone];
  return (
    <FieldErrorsContext.Provider value={failure?.fieldErrors ?? {}}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={testId}>
        {children?.(field)}
        {failure && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
            data-testid="action-error"
          >
            {failure.message}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${colors}`}
        >
          {pending ? (pendingLabel ?? t("saving")) : submitLabel}
        </button>
      </form>
    </FieldErrorsContext.Provider>
  );
}
