import type { Metadata } from "next";
import { SignalFilters } from "@/components/signals/signal-filters";
import { NoSignals, SignalList } from "@/components/signals/signal-list";
import { SignalsGuide } from "@/components/signals/signals-guide";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { signalKindLabel, signalKinds } from "@/lib/domain/signals";
import { ZSignalFilter, type TSignalFilter } from "@/lib/schemas/signal";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findSignalFilterOptions } from "@/lib/server/signals/find-signal-filter-options";
import { findSignals } from "@/lib/server/signals/find-signals";

export const metadata: Metadata = { title: "Cảnh báo trách nhiệm" };

const kinds = signalKinds.map((k) => ({ value: k, label: signalKindLabel[k] }));

function hrefWith(f: TSignalFilter, change: Partial<TSignalFilter>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...change })) {
    if (v !== undefined && !(k === "page" && v === 1) && !(k === "status" && v === "open")) params.set(k, String(v));
  }
  const query = params.toString();
  return query ? `/signals?${query}` : "/signals";
}

export default async function SignalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  const f = ZSignalFilter.parse(await searchParams);
  const oversees = isUnitHead(actor) || hasSectorWideView(actor);
  const [result, options] = await Promise.all([
    findSignals(actor, f),
    oversees ? findSignalFilterOptions(actor) : Promise.resolve(null),
  ]);
  const filtered = Boolean(f.unitId || f.personId || f.kind || f.status !== "open");
  const subtitle = oversees
    ? `${hasSectorWideView(actor) ? "Toàn Ngành" : `${actor.unitName} và các đơn vị trực thuộc`} · xem giải trình và kết luận`
    : "Các cảnh báo về công việc bạn phụ trách và cách giải trình";
  return (
    <>
      <PageHeader title="Cảnh báo trách nhiệm" subtitle={subtitle} />
      {!oversees && <SignalsGuide />}
      <Section title={oversees ? "Cảnh báo của đơn vị" : "Cảnh báo của tôi"} count={result.total} testId="section-signals">
        <SignalFilters f={f} kinds={kinds} people={options?.people} units={options?.units} />
        <SignalList items={result.items} showSubject={oversees} empty={<NoSignals filtered={filtered} forHead={oversees} />} />
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith(f, { page: p })} />
      </Section>
    </>
  );
}
