import type { Metadata } from "next";
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
import { isDomainError } from "@/lib/server/errors/domain-error";

export const metadata: Metadata = { title: "Lịch làm việc" };

export default async function CalendarAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  const now = new Date();
  const parsed = ZCalendarYear.safeParse({ year: (await searchParams).year });
  const year = parsed.success ? parsed.data.year : Number(localDateOf(now).slice(0, 4));
  const loaded = await findCalendarYear(actor, { year }, now).then(
    (data) => ({ ok: true as const, data }),
    (e: unknown) => {
      if (isDomainError(e) && e.code === "FORBIDDEN") return { ok: false as const, refusal: e.message };
      throw e;
    },
  );
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title="Lịch làm việc" />
        <EmptyState title={loaded.refusal} />
      </>
    );
  }
  const { entries, hasDefaults, matchesDefaults } = loaded.data;
  return (
    <>
      <PageHeader title={`Lịch làm việc năm ${year}`} subtitle="Ngày nghỉ lễ, Tết và ngày làm bù; hạn xử lý được tính theo ngày làm việc của lịch này.">
        <YearNav year={year} />
      </PageHeader>
      <Section title="Ngày nghỉ và ngày làm bù" count={entries.length}>
        {entries.length === 0 ? (
          <EmptyState title={`Chưa có ngày nghỉ nào cho năm ${year}.`}>
            {hasDefaults ? "Khôi phục lịch mặc định bên dưới, hoặc thêm từng ngày." : "Thêm từng ngày theo thông báo của Bộ Nội vụ."}
          </EmptyState>
        ) : (
          <CalendarTable year={year} entries={entries} />
        )}
        {hasDefaults && !matchesDefaults && (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>Lịch năm {year} khác lịch mặc định đi kèm phần mềm.</span>
            <RestoreDefaultsButton year={year} />
          </div>
        )}
      </Section>
      <Section title="Thêm ngày">
        <CalendarEntryForm year={year} />
      </Section>
    </>
  );
}
