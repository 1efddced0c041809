/**
 * A labelled input of the sign-in and password forms with its error under it: the input's id is
 * its name and the error's is `<name>-error`, which the input points at while it is invalid.
 */
export function AuthTextField({
  name,
  label,
  type,
  autoComplete,
  autoFocus,
  error,
}: {
  name: string;
  label: string;
  type: "email" | "password";
  autoComplete: string;
  autoFocus?: boolean;
  error: string | null | undefined;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        autoFocus={autoFocus}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-600"
      />
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
