import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DevMailboxList } from "@/components/mail/dev-mailbox-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { findDevMailbox } from "@/lib/server/mail/find-dev-mailbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  return { title: t("metaTitle") };
}

export default async function DevMailboxPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("mailbox");
  const messages = await findDevMailbox(actor).catch(asPageRefusal);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("listTitle")} count={messages.length}>
        {messages.length === 0 ? <EmptyState title={t("empty")} /> : <DevMailboxList messages={messages} />}
      </Section>
    </>
  );
}
