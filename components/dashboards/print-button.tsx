"use client";

/** Opens the browser's print dialog; hidden on paper. The page words the label (no client catalog needed). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
    >
      {label}
    </button>
  );
}
