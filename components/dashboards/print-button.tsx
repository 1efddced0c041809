"use client";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600">
      In báo cáo
    </button>
  );
}
