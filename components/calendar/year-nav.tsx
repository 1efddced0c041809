import Link from "next/link";
import { useTranslations } from "next-intl";

const link = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";

export function YearNav({ year }: { year: number }) {
  const t = useTranslations("calendarAdmin.yearNav");
  return (
    <nav aria-label={t("label")} className="flex items-center gap-2">
      <Link className={link} href={`/admin/calendar?year=${year - 1}`} rel="prev">
        {t("previous", { year: year - 1 })}
      </Link>
      <form method="get" action="/admin/calendar" className="flex items-center gap-1">
        <label htmlFor="calendar-year" className="sr-only">
          {t("year")}
        </label>
        <input
          id="calendar-year"
          name="year"
          type="number"
          min={2000}
          max={2100}
          defaultValue={year}
          className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <button type="submit" className={link}>
          {t("show")}
        </button>
      </form>
      <Link className={link} href={`/admin/calendar?year=${year + 1}`} rel="next">
        {t("next", { year: year + 1 })}
      </Link>
    </nav>
  );
}
