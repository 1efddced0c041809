import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { inputClass, secondaryButtonClass } from "@/components/task-form/form-field";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { AdminUnitsTable } from "@/components/unit-admin/admin-units-table";
import { UnitFieldsForm } from "@/components/unit-admin/unit-fields-form";
import { ZAdminUnitsQuery } from "@/lib/schemas/unit-admin";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { findAdminUnits } from "@/lib/server/unit-admin/find-admin-units";
import { findOpenUnitOptions } from "@/lib/server/unit-admin/find-open-unit-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unitAdmin");
  return { title: t("metaTitle") };
}

export default async function UnitAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("unitAdmin");
  const parsed = ZAdminUnitsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: "", page: 1 };
  const [list, options] = await Promise.all([findAdminUnits(actor, query).catch(asPageRefusal), findOpenUnitOptions()]);
  const hrefFor = (page: number) => `/admin/units?${new URLSearchParams({ q: query.q, page: String(page) })}`;
  return (
    <ClientMessages namespaces={["unitAdmin"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form method="get" action="/admin/units" role="search" className="mb-4 flex max-w-xl items-end gap-2">
        <label className="flex-1 text-sm font-medium">
          {t("searchLabel")}
          <input type="search" name="q" defaultValue={query.q} className={inputClass} />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          {t("search")}
        </button>
      </form>
      <Section title={t("listTitle")} count={list.total}>
        {list.items.length === 0 ? (
          <EmptyState title={t("empty", { q: query.q })}>{t("emptyHint")}</EmptyState>
        ) : (
          <AdminUnitsTable rows={list.items} />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
      </Section>
      <Section title={t("createTitle")}>
        <UnitFieldsForm parentOptions={options} />
      </Section>
    </ClientMessages>
  );
}
