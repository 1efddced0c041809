// Form primitives shared by the feature forms (task, directive, template, calendar). They
// would belong in components/ui; they live here until that folder's owner takes them.

export type TFieldErrors = Record<string, string[] | undefined>;

export const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

export type TControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  required: boolean | undefined;
};

/** Stable element id for a field name such as "steps.2.ownerId". */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, "-")}`;
}

/**
 * A labelled control with its hint and its error, wired for screen readers: the control
 * gets aria-invalid and aria-describedby pointing at the hint and the error message.
 */
export function Field({
  name,
  label,
  errors,
  hint,
  required,
  children,
}: {
  name: string;
  label: string;
  errors: TFieldErrors;
  hint?: React.ReactNode;
  required?: boolean;
  children: (props: TControlProps) => React.ReactNode;
}) {
  const id = fieldId(name);
  const error = errors[name]?.[0];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      {children({ id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, required })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

/** The form-level message of a failed submission. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      data-testid="form-error"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {message}
    </p>
  );
}

export const primaryButtonClass =
  "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50";
