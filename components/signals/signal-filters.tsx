import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TSignalFilter } from "@/lib/schemas/signal";

type TOption = { value: string; label: string };
const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

const statusKeys = { open: "statusOpen", answered: "statusAnswered", all: "statusAll" } as const;

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function SignalFilters({
  f,
  kinds,
  people,
  units,
}: {
  f: TSignalFilter;
  kinds: TOption[];
  people?: TOption[];
  units?: TOption[];
}) {
  const t = useTranslations("signals.filter");
  const all = t("all");
  return (
    <form
      method="get"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={t("label")}
    >
      {units && <Select id="sig-unit" name="unitId" label={t("unit")} all={all} value={f.unitId} options={units} />}
      {people && (
        <Select id="sig-person" name="personId" label={t("person")} all={all} value={f.personId} options={people} />
      )}
      <Select id="sig-kind" name="kind" label={t("kind")} all={all} value={f.kind} options={kinds} />
      <div>
        <label htmlFor="sig-status" className="text-sm font-medium">
          {t("status")}
        </label>
        <select id="sig-status" name="status" defaultValue={f.status} className={field}>
          {Object.entries(statusKeys).map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">
          {t("submit")}
        </button>
        <Link href="/signals" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

function Select({
  id,
  name,
  label,
  all,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  all: string;
  value?: string;
  options: TOption[];
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
