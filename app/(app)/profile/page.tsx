import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiTokenTable, type TApiTokenRow } from "@/components/api-tokens/api-token-table";
import { DecisionList } from "@/components/decisions/decision-list";
import { EmptyState } from "@/components/ui/empty-state";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { LocaleForm } from "@/components/profile/locale-form";
import { NotificationPreferencesForm } from "@/components/profile/notification-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { addCalendarDays, localDateOf } from "@/lib/domain/calendar";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { API_TOKEN_MAX_DAYS } from "@/lib/schemas/api/api-token";
import { findDecisions } from "@/lib/server/decisions/find-decisions";
import { findApiTokens } from "@/lib/server/api-tokens/find-api-tokens";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findNotificationPreferences } from "@/lib/server/notifications/find-notification-preferences";
import { getTotpEnabledAt } from "@/lib/server/auth/get-totp-enabled-at";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("metaTitle") };
}

export default async function ProfilePage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("profile");
  const tAuth = await getTranslations("auth");
  const tDelegations = await getTranslations("delegations");
  const tRole = await getTranslations("enums.role");
  const tKind = await getTranslations("enums.notificationKind");
  const tChannel = await getTranslations("enums.mailChannel");
  const now = new Date();
  const [tokens, totpEnabledAt, preferenceRows, decisions] = await Promise.all([
    findApiTokens(actor, now),
    getTotpEnabledAt(actor),
    findNotificationPreferences(actor.id),
    findDecisions(actor, { userId: actor.id, page: 1, pageSize: 5 }),
  ]);
  const tDecisions = await getTranslations("decisions");
  const preferences = preferenceRows.map((p) => ({ ...p, label: tKind(p.kind) }));
  const today = localDateOf(now);
  const rows: TApiTokenRow[] = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: formatDateTime(token.createdAt),
    expiresAt: formatDate(token.expiresAt),
    lastUsedAt: token.lastUsedAt ? formatDateTime(token.lastUsedAt) : null,
    status: token.revokedAt ? "revoked" : token.isActive ? "active" : "expired",
  }));
  return (
    <ClientMessages namespaces={["apiTokens", "mailPreferences"]}>
      <PageHeader
        title={t("title")}
        subtitle={`${actor.name} · ${actor.title ?? tRole(actor.roles[0] ?? "STAFF")} · ${actor.unitName}`}
      />
      <dl className="mb-8 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{t("email")}</dt>
        <dd>{actor.email}</dd>
        <dt className="text-slate-600">{t("roles")}</dt>
        <dd>{actor.roles.map((r) => tRole(r)).join(", ")}</dd>
      </dl>
      <p className="-mt-4 mb-8 text-sm">
        <Link href={`/evaluations/${actor.id}/${today.slice(0, 7)}`} className="text-brand-700 underline">
          {t("scorecardLink")}
        </Link>
      </p>
      <Section title={tDecisions("profileTitle")} count={decisions.total} testId="section-decisions">
        {decisions.items.length === 0 ? (
          <EmptyState title={tDecisions("profileEmpty")} />
        ) : (
          <DecisionList items={decisions.items} showPerson={false} />
        )}
        {decisions.hasMore && (
          <Link href={`/decisions?person=${actor.id}`} className="mt-3 inline-block text-sm text-brand-700 underline">
            {tDecisions("profileAll", { count: decisions.total })}
          </Link>
        )}
      </Section>
      <Section title={tDelegations("title")} testId="section-delegations">
        <Link href="/profile/delegations" className="text-sm font-medium text-brand-700 underline">
          {tDelegations("profileLink")}
        </Link>
      </Section>
      <Section title={t("languageTitle")} testId="section-language">
        <LocaleForm />
      </Section>
      <Section title={t("mailTitle")} testId="section-mail-preferences">
        <NotificationPreferencesForm
          rows={preferences}
          channelLabels={{ IMMEDIATE: tChannel("IMMEDIATE"), DIGEST: tChannel("DIGEST"), OFF: tChannel("OFF") }}
        />
      </Section>
      <Section title={tAuth("changeTitle")} testId="section-password">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{tAuth("changeIntro")}</p>
        <ChangePasswordForm />
      </Section>
      <Section title={tAuth("totpTitle")} testId="section-totp">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{tAuth("totpIntro")}</p>
        {totpEnabledAt ? (
          <p className="text-sm" data-testid="totp-enabled">
            {tAuth("totpEnabled", { date: formatDateTime(totpEnabledAt) })}
          </p>
        ) : (
          <TotpEnrolment />
        )}
      </Section>
      <Section
        title={t("tokensTitle")}
        count={rows.filter((r) => r.status === "active").length}
        testId="section-api-tokens"
      >
        <p className="mb-4 max-w-3xl text-sm text-slate-700">
          {t.rich("tokensIntro", {
            docs: (chunks) => (
              <Link href="/api-docs" className="text-brand-600 underline">
                {chunks}
              </Link>
            ),
            header: () => (
              <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;{t("tokenPlaceholder")}&gt;</code>
            ),
          })}
        </p>
        <CreateApiTokenForm
          defaultExpiresOn={addCalendarDays(today, 90)}
          minExpiresOn={addCalendarDays(today, 1)}
          maxExpiresOn={addCalendarDays(today, API_TOKEN_MAX_DAYS)}
        />
        <div className="mt-6">
          <ApiTokenTable tokens={rows} />
        </div>
      </Section>
      <Section title={t("docsTitle")} testId="section-api-docs">
        <p className="max-w-3xl text-sm text-slate-700">
          {t.rich("docsIntro", {
            docs: (chunks) => (
              <Link href="/api-docs" className="font-medium text-brand-600 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Section>
    </ClientMessages>
  );
}
