import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignalFilters } from "@/components/signals/signal-filters";
import { NoSignals, SignalList } from "@/components/signals/signal-list";
import { SignalsGuide } from "@/components/signals/signals-guide";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { signalKinds } from "@/lib/domain/signals";
import { ZSignalFilter, type TSignalFilter } from "@/lib/schemas/signal";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findSignalFilterOptions } from "@/lib/server/signals/find-signal-filter-options";
import { findSignals } from "@/lib/server/signals/find-signals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signals");
  return { title: t("title") };
}

function hrefWith(f: TSignalFilter, change: Partial<TSignalFilter>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...change })) {
    if (v !== undefined && !(k === "page" && v === 1) && !(k === "status" && v === "open")) params.set(k, String(v));
  }
  const query = params.toString();
  return query ? `/signals?${query}` : "/signals";
}

export default async function SignalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("signals");
  const tEnums = await getTranslations("enums");
  const kinds = signalKinds.map((k) => ({ value: k, label: tEnums(`signalKind.${k}`) }));
  const f = ZSignalFilter.parse(await searchParams);
  const oversees = isUnitHead(actor) || hasSectorWideView(actor);
  const [result, options] = await Promise.all([
    findSignals(actor, f, new Date()),
    oversees ? findSignalFilterOptions(actor) : Promise.resolve(null),
  ]);
  const filtered = Boolean(f.unitId || f.personId || f.kind || f.status !== "open");
  const subtitle = !oversees
    ? t("subtitleMine")
    : hasSectorWideView(actor)
      ? t("subtitleSector")
      : t("subtitleUnit", { unit: actor.unitName });
  return (
    <>
      <PageHeader title={t("title")} subtitle={subtitle} />
      {!oversees && <SignalsGuide />}
      <Section title={oversees ? t("sectionUnit") : t("sectionMine")} count={result.total} testId="section-signals">
        <SignalFilters f={f} kinds={kinds} people={options?.people} units={options?.units} />
        <SignalList
          items={result.items}
          showSubject={oversees}
          empty={<NoSignals filtered={filtered} forHead={oversees} />}
        />
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith(f, { page: p })} />
      </Section>
    </>
  );
}
