import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminPeopleTable } from "@/components/people-admin/admin-people-table";
import { PersonForm } from "@/components/people-admin/person-form";
import { inputClass, secondaryButtonClass } from "@/components/task-form/form-field";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { ZAdminPeopleQuery } from "@/lib/schemas/people-admin";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { findAdminPeople } from "@/lib/server/people-admin/find-admin-people";
import { findOpenUnitOptions } from "@/lib/server/unit-admin/find-open-unit-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("peopleAdmin");
  return { title: t("metaTitle") };
}

export default async function PeopleAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("peopleAdmin");
  const parsed = ZAdminPeopleQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: "", page: 1 };
  const [list, units] = await Promise.all([findAdminPeople(actor, query).catch(asPageRefusal), findOpenUnitOptions()]);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams({ q: query.q, page: String(page) });
    if (query.unit) params.set("unit", query.unit);
    if (query.inactive) params.set("inactive", "1");
    return `/admin/people?${params}`;
  };
  return (
    <ClientMessages namespaces={["peopleAdmin", "unitAdmin"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form method="get" action="/admin/people" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="min-w-64 flex-1 text-sm font-medium">
          {t("searchLabel")}
          <input type="search" name="q" defaultValue={query.q} className={inputClass} />
        </label>
        <label className="text-sm font-medium">
          {t("unitFilter")}
          <select name="unit" defaultValue={query.unit ?? ""} className={inputClass}>
            <option value="">{t("allUnits")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00a0\u00a0".repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="inactive" value="1" defaultChecked={query.inactive === "1"} />
          {t("showInactive")}
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t("search")}
        </button>
      </form>
      <Section title={t("listTitle")} count={list.total}>
        {list.items.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <AdminPeopleTable rows={list.items} />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
      </Section>
      <Section title={t("createTitle")}>
        <p className="mb-2 text-sm text-slate-600">{t("createHint")}</p>
        <PersonForm units={units} />
      </Section>
    </ClientMessages>
  );
}
