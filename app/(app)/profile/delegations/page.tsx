import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { toDelegationRows } from "@/components/delegations/to-delegation-rows";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { isUnitHead } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findDelegations } from "@/lib/server/delegations/find-delegations";
import { findDeputyCandidates } from "@/lib/server/delegations/find-deputy-candidates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: t("metaTitle") };
}

/** A person's own delegations: the deputies they named, and the people they stand in for. */
export default async function DelegationsPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("delegations");
  const today = localDateOf(new Date());
  // An administrator manages everyone's from each person's page; here, their own.
  const [found, candidates] = await Promise.all([
    findDelegations({ ...actor, roles: actor.roles.filter((r) => r !== "ADMIN") }),
    findDeputyCandidates(actor),
  ]);
  const rows = toDelegationRows(found, { id: actor.id, isAdmin: false }, today);
  const given = found.filter((d) => d.principal.id === actor.id).map((d) => d.id);
  return (
    <ClientMessages namespaces={["delegations"]}>
      <PageHeader title={t("title")}>
        <Link href="/profile" className="text-sm text-brand-700 hover:underline">
          {t("manage")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <Section title={t("newTitle")} testId="section-new-delegation">
        <DelegationForm candidates={candidates} canDelegateHead={isUnitHead(actor)} today={today} />
      </Section>
      <Section title={t("given")} testId="section-delegations-given">
        <DelegationTable rows={rows.filter((r) => given.includes(r.id))} />
      </Section>
      <Section title={t("held")} testId="section-delegations-held">
        <DelegationTable rows={rows.filter((r) => !given.includes(r.id))} />
      </Section>
    </ClientMessages>
  );
}
