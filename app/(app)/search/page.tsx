import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DirectiveTable } from "@/components/directives/directive-table";
import { SearchForm } from "@/components/search/search-form";
import { SearchTips } from "@/components/search/search-tips";
import { TaskResults } from "@/components/search/task-results";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findSearchFilterOptions } from "@/lib/server/search/find-search-filter-options";
import { searchDirectives } from "@/lib/server/search/search-directives";
import { searchTasks } from "@/lib/server/search/search-tasks";

export const metadata: Metadata = { title: "Tìm kiếm" };

const ZQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  unit: z.uuid().nullable().catch(null),
  person: z.uuid().nullable().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  const now = new Date();
  const { q, unit, person, page } = ZQuery.parse(await searchParams);
  const options = await findSearchFilterOptions(actor, { unitId: unit }, now);
  const hasFilters = !!(unit || person);
  // A unit id that is unknown or outside the remit matches nothing rather than being ignored.
  const asked = (!!q || hasFilters) && !(unit && !options.unitPath);
  const filters = { q, unitPath: options.unitPath, personId: person };
  const [tasks, directives] = asked ? await Promise.all([searchTasks(actor, { ...filters, page }, now), searchDirectives(actor, filters, now)]) : [null, null];
  const hrefFor = (p: number) => `/search?${new URLSearchParams({ q, ...(unit ? { unit } : {}), ...(person ? { person } : {}), page: String(p) })}`;
  const personHint = options.people.length === 0 ? "Chọn một đơn vị rồi bấm Tìm để lọc theo người." : null;
  return (
    <>
      <PageHeader title="Tìm kiếm" subtitle="Nhiệm vụ và văn bản chỉ đạo, không phân biệt có dấu hay không dấu" />
      <SearchForm q={q} unitId={unit} personId={person} units={options.units} people={options.people} personHint={personHint} />
      {!tasks || !directives ? (
        <EmptyState title={unit && !options.unitPath ? "Đơn vị đã chọn không thuộc phạm vi bạn được xem." : "Nhập từ khóa, số văn bản, hoặc chọn đơn vị, người phụ trách để tìm."}>
          <SearchTips hasFilters={false} />
        </EmptyState>
      ) : tasks.total === 0 && directives.total === 0 ? (
        <EmptyState title={q ? `Không tìm thấy nhiệm vụ hay văn bản nào khớp “${q}”.` : "Không có nhiệm vụ nào khớp bộ lọc."}>
          <SearchTips hasFilters={hasFilters} />
        </EmptyState>
      ) : (
        <>
          <Section title="Văn bản chỉ đạo" count={directives.total}>
            {directives.total === 0 ? <EmptyState title="Không có văn bản nào khớp." /> : <DirectiveTable items={directives.items} caption="Văn bản chỉ đạo khớp tìm kiếm" />}
            {directives.total > directives.items.length && (
              <p className="mt-2 text-sm"><Link href={`/directives?q=${encodeURIComponent(q)}`} className="text-brand-700 hover:underline">Xem tất cả {directives.total} văn bản</Link></p>
            )}
          </Section>
          <Section title="Nhiệm vụ" count={tasks.total}>
            {tasks.total === 0 ? <EmptyState title="Không có nhiệm vụ nào khớp trong phạm vi bạn được xem."><SearchTips hasFilters={hasFilters} /></EmptyState> : <TaskResults items={tasks.items} />}
            <Pagination page={page} pageCount={tasks.pageCount} hrefFor={hrefFor} />
          </Section>
        </>
      )}
    </>
  );
}
