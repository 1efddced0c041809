import { useTranslations } from "next-intl";
import { demoAccounts, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

/** Shown on the sign-in page in demo mode only (embedded database, or DEMO_MODE=true). */
export function DemoAccounts() {
  const t = useTranslations("auth");
  return (
    <section
      aria-labelledby="demo-title"
      className="w-full max-w-md rounded-xl border border-amber-300 bg-amber-50 p-5 text-sm"
    >
      <h2 id="demo-title" className="font-semibold text-amber-900">
        {t("demoTitle")}
      </h2>
      <p className="mb-3 text-amber-900">
        {t.rich("demoNote", {
          password: DEMO_PASSWORD,
          code: (chunks) => <code className="rounded bg-white px-1">{chunks}</code>,
        })}
      </p>
      <ul className="space-y-2">
        {demoAccounts.map((a) => (
          <li key={a.email}>
            <code className="font-medium">{a.email}</code>
            <span className="block text-amber-900">
              {a.roleLabel} — {a.name}, {a.unitName}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
