import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminResetPasswordButton } from "@/components/auth/admin-reset-password-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { toDelegationRows } from "@/components/delegations/to-delegation-rows";
import { HandoverForm } from "@/components/people-admin/handover-form";
import { PersonForm } from "@/components/people-admin/person-form";
import { ReactivatePersonButton } from "@/components/people-admin/reactivate-person-button";
import { decisionFormHref } from "@/components/decisions/decision-form-href";
import { PageHeader } from "@/components/ui/page-header";
import { mayRecordDecision } from "@/lib/domain/decisions/may-record-decision";
import { Section } from "@/components/ui/section";
import { localDateOf } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/domain/format";
import { ZPersonRef } from "@/lib/schemas/people-admin";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findDelegations } from "@/lib/server/delegations/find-delegations";
import { findDeputyCandidates } from "@/lib/server/delegations/find-deputy-candidates";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getPersonAdminView } from "@/lib/server/people-admin/get-person-admin-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("peopleAdmin");
  return { title: t("metaTitle") };
}

export default async function PersonAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("peopleAdmin");
  const ref = ZPersonRef.safeParse({ userId: (await params).id });
  if (!ref.success) notFound();
  const view = await getPersonAdminView(actor, ref.data.userId).catch(asPageRefusal);
  const { person } = view;
  const steps = view.openSteps.map((s) => ({
    id: s.id,
    name: s.name,
    taskTitle: s.task.title,
    deadline: formatDate(s.deadline),
  }));
  const today = localDateOf(new Date());
  const [delegations, deputyCandidates] = await Promise.all([
    findDelegations(actor, { personId: person.id }),
    findDeputyCandidates({ id: person.id, unitPath: view.unitPath }),
  ]);
  const tDelegations = await getTranslations("delegations");
  const colleagues = view.colleagues.map((c) => ({ id: c.id, label: `${c.name} (${c.unit.name})` }));
  return (
    <ClientMessages namespaces={["peopleAdmin", "unitAdmin", "delegations"]}>
      <PageHeader
        title={person.name}
        subtitle={t("detailSubtitle", { unit: view.unitName, code: person.employeeCode ?? "—" })}
      >
        <Link href="/admin/people" className="text-sm text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
        {mayRecordDecision(actor, { id: person.id, unitPath: view.unitPath }) && (
          <Link
            href={decisionFormHref({ person: person.id, kind: "REVIEW", period: null })}
            className="ml-4 text-sm text-brand-700 hover:underline"
            data-testid="record-decision-link"
          >
            {t("recordDecision")}
          </Link>
        )}
        <Link href={`/decisions?person=${person.id}`} className="ml-4 text-sm text-brand-700 hover:underline">
          {t("decisionsLink")}
        </Link>
      </PageHeader>
      {!person.isActive && (
        <div
          role="status"
          className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 p-4 text-sm"
        >
          {t("inactiveNotice")}
          <ReactivatePersonButton userId={person.id} />
        </div>
      )}
      <Section title={t("editTitle")}>
        <PersonForm
          userId={person.id}
          initial={{
            name: person.name,
            email: person.email,
            employeeCode: person.employeeCode ?? "",
            title: person.title ?? "",
            position: person.position,
            roles: [...person.roles],
          }}
        />
      </Section>
      <Section title={tDelegations("forPerson")} testId="section-person-delegations">
        {person.isActive && (
          <div className="mb-4">
            <DelegationForm
              principalId={person.id}
              candidates={deputyCandidates}
              canDelegateHead={person.roles.includes("UNIT_HEAD")}
              today={today}
            />
          </div>
        )}
        <DelegationTable rows={toDelegationRows(delegations, { id: actor.id, isAdmin: true }, today)} />
      </Section>
      {person.isActive && person.id !== actor.id && (
        <Section title={(await getTranslations("auth"))("adminResetTitle")} testId="section-admin-reset-password">
          <AdminResetPasswordButton userId={person.id} />
        </Section>
      )}
      {person.isActive && (
        <>
          <Section
            title={t("moveTitle")}
            count={steps.length > 0 ? t("openSteps", { count: steps.length }) : undefined}
          >
            <HandoverForm
              userId={person.id}
              name={person.name}
              steps={steps}
              colleagues={colleagues}
              units={view.units}
            />
          </Section>
          <Section title={t("deactivateTitle")}>
            <HandoverForm userId={person.id} name={person.name} steps={steps} colleagues={colleagues} />
          </Section>
        </>
      )}
    </ClientMessages>
  );
}
