"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useState } from "react";

/** How many rows or items a folded list shows on a phone; globals.css hides the rest. */
export const FOLD_LIMIT = 5;

/**
 * On a phone, a long list shows its first FOLD_LIMIT rows (table rows or list items) and a
 * "Xem thêm" (show more) button for the rest, so a head's home page stays a few screens tall; the hidden
 * rows are in the page and one press away. From the md breakpoint up nothing is folded.
 */
export function Fold({
  count,
  items,
  children,
}: {
  count: number;
  items: "decisions" | "steps" | "tasks" | "people";
  children: React.ReactNode;
}) {
  const t = useTranslations("ui");
  const [open, setOpen] = useState(false);
  if (count <= FOLD_LIMIT) return <>{children}</>;
  return (
    <div className="fold" data-folded={!open}>
      {children}
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="fold-button"
        className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 md:hidden"
      >
        {open ? t("foldLess") : t("foldMore", { count: count - FOLD_LIMIT, items })}
      </button>
    </div>
  );
}
