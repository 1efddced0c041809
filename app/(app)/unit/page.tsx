import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Fold } from "@/components/ui/fold";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { UnitRulings } from "@/components/unit-work/unit-rulings";
import { UnitStepsTable } from "@/components/unit-work/unit-steps-table";
import { UnitTasksTable } from "@/components/unit-work/unit-tasks-table";
import { UnitWorkFilters } from "@/components/unit-work/unit-work-filters";
import { isUnitHead } from "@/lib/domain/access/roles";
import { ZUnitWorkFilter, type TUnitWorkFilter } from "@/lib/schemas/unit-work-filter";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findUnitFilterOptions } from "@/lib/server/units/find-unit-filter-options";
import { findUnitOpenSteps } from "@/lib/server/units/find-unit-open-steps";
import { findUnitOpenTasks } from "@/lib/server/units/find-unit-open-tasks";
import { findUnitRulings } from "@/lib/server/units/find-unit-rulings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unitWork");
  return { title: t("title") };
}

function hrefWith(f: TUnitWorkFilter, change: Partial<TUnitWorkFilter>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...change })) if (v !== undefined && v !== 1) params.set(k, String(v));
  return `/unit?${params}`;
}

export default async function UnitPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  if (!isUnitHead(actor)) notFound();
  const t = await getTranslations("unitWork");
  const f = ZUnitWorkFilter.parse(await searchParams);
  const now = new Date();
  const [rulings, options, steps, tasks] = await Promise.all([
    findUnitRulings(actor),
    findUnitFilterOptions(actor),
    findUnitOpenSteps(actor, f, now),
    findUnitOpenTasks(actor, f.tpage, now),
  ]);
  const waiting = rulings.returns.length + rulings.extensions.length + rulings.escalations.length;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { unit: actor.unitName })} />
      <Section title={t("rulings")} count={waiting} testId="section-rulings">
        <Fold count={waiting} items="decisions">
          <UnitRulings rulings={rulings} />
        </Fold>
      </Section>
      <Section title={t("openSteps")} count={steps.total} testId="section-steps">
        <UnitWorkFilters f={f} directives={options.directives} people={options.people} />
        <Fold count={steps.items.length} items="steps">
          <UnitStepsTable rows={steps.items} />
        </Fold>
        <Pagination page={f.page} pageCount={steps.pageCount} hrefFor={(p) => hrefWith(f, { page: p })} />
      </Section>
      <Section title={t("openTasks")} count={tasks.total} testId="section-tasks">
        <Fold count={tasks.items.length} items="tasks">
          <UnitTasksTable rows={tasks.items} />
        </Fold>
        <Pagination page={f.tpage} pageCount={tasks.pageCount} hrefFor={(p) => hrefWith(f, { tpage: p })} />
      </Section>
    </>
  );
}
