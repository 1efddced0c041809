import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CloseUnitForm } from "@/components/unit-admin/close-unit-form";
import { MoveUnitForm } from "@/components/unit-admin/move-unit-form";
import { UnitFieldsForm } from "@/components/unit-admin/unit-fields-form";
import { formatDate } from "@/lib/domain/format";
import { ZUnitRefInput } from "@/lib/schemas/unit-admin";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getUnitAdminView } from "@/lib/server/unit-admin/get-unit-admin-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unitAdmin");
  return { title: t("metaTitle") };
}

export default async function UnitAdminDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("unitAdmin");
  const ref = ZUnitRefInput.safeParse({ unitId: (await params).id });
  if (!ref.success) notFound();
  const view = await getUnitAdminView(actor, ref.data.unitId).catch(asPageRefusal);
  const { unit, holdings } = view;
  return (
    <ClientMessages namespaces={["unitAdmin"]}>
      <PageHeader title={unit.name} subtitle={t("detailSubtitle", { code: unit.code, parent: view.parentName ?? "—" })}>
        <Link href="/admin/units" className="text-sm text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
      </PageHeader>
      <p className="mb-6 text-sm text-slate-700" data-testid="unit-holdings">
        {t("holdings", holdings)}
      </p>
      {unit.closedAt ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-4 text-sm">
          {view.successor
            ? t("status.merged", { date: formatDate(unit.closedAt), successor: view.successor.name })
            : t("status.closed", { date: formatDate(unit.closedAt) })}{" "}
          {t("closedHint")}
        </p>
      ) : (
        <>
          <Section title={t("editTitle")}>
            <UnitFieldsForm
              unitId={unit.id}
              initial={{ code: unit.code, name: unit.name, shortName: unit.shortName ?? "", level: unit.level }}
            />
          </Section>
          {unit.parentId && (
            <>
              <Section title={t("moveTitle")}>
                <MoveUnitForm unitId={unit.id} parentId={unit.parentId} options={view.options} />
              </Section>
              <Section title={t("closeTitle")}>
                <CloseUnitForm unitId={unit.id} name={unit.name} options={view.options} />
              </Section>
            </>
          )}
        </>
      )}
    </ClientMessages>
  );
}
