import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { CalendarEntryForm } from "@/components/calendar/calendar-entry-form";
import { CalendarTable } from "@/components/calendar/calendar-table";
import { RestoreDefaultsButton } from "@/components/calendar/restore-defaults-button";
import { YearNav } from "@/components/calendar/year-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { localDateOf } from "@/lib/domain/calendar";
import { ZCalendarYear } from "@/lib/schemas/calendar";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findCalendarYear } from "@/lib/server/calendar-admin/find-calendar-year";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendarAdmin");
  return { title: t("metaTitle") };
}

export default async function CalendarAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("calendarAdmin");
  const now = new Date();
  const parsed = ZCalendarYear.safeParse({ year: (await searchParams).year });
  const year = parsed.success ? parsed.data.year : Number(localDateOf(now).slice(0, 4));
  const { entries, hasDefaults, matchesDefaults } = await findCalendarYear(actor, { year }, now).catch(asPageRefusal);
  return (
    <ClientMessages namespaces={["calendarAdmin"]}>
      <PageHeader title={t("title", { year })} subtitle={t("subtitle")}>
        <YearNav year={year} />
      </PageHeader>
      <Section title={t("entriesTitle")} count={entries.length}>
        {entries.length === 0 ? (
          <EmptyState title={t("empty", { year })}>{hasDefaults ? t("emptyHintDefaults") : t("emptyHint")}</EmptyState>
        ) : (
          <CalendarTable year={year} entries={entries} />
        )}
        {hasDefaults && !matchesDefaults && (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{t("differsFromDefaults", { year })}</span>
            <RestoreDefaultsButton year={year} />
          </div>
        )}
      </Section>
      <Section title={t("addTitle")}>
        <CalendarEntryForm year={year} />
      </Section>
    </ClientMessages>
  );
}
