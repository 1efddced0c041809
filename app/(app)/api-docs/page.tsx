import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getOpenApiDocument } from "@/lib/server/api/openapi/get-openapi-document";
import { apiRateLimitPerMinute } from "@/lib/server/api/rate-limit";
import type { TDocEntry, TDocOperation } from "./doc-operation";
import { OperationCard } from "./operation-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

/** The API reference, rendered on the server from the very document /api/v1/openapi.json serves, in the reader's language. */
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const locale = await getLocale();
  const doc = getOpenApiDocument(locale);
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
  const entries: TDocEntry[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, op: op as TDocOperation })),
  );
  const tags = doc.tags.map((tag) => tag.name);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { count: entries.length, openapi: doc.openapi, version: doc.info.version })}
      >
        <a
          href={`/api/v1/openapi.json?lang=${locale}`}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
        >
          {t("download")}
        </a>
      </PageHeader>
      <div className="mb-8 max-w-3xl space-y-2 text-sm text-slate-700">
        <p>{doc.info.description}</p>
        <p>
          {t.rich("auth", {
            profile: (chunks) => (
              <Link href="/profile" className="text-brand-600 underline">
                {chunks}
              </Link>
            ),
            header: () => <code>Authorization: Bearer &lt;{t("tokenPlaceholder")}&gt;</code>,
          })}
        </p>
        <p>{t.rich("conventions", { code: (chunks) => <code>{chunks}</code>, limit: apiRateLimitPerMinute() })}</p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{`export TN_URL=${origin}\nexport TN_TOKEN=tn_…   # ${t("yourToken")}\ncurl "$TN_URL/api/v1/me" -H "Authorization: Bearer $TN_TOKEN"`}</pre>
      </div>
      <nav aria-label={t("toc")} className="mb-8 grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((tag) => (
          <div key={tag}>
            <p className="font-semibold">{tag}</p>
            <ul className="mt-1 space-y-0.5">
              {entries
                .filter((e) => e.op.tags.includes(tag))
                .map((e) => (
                  <li key={e.op.operationId}>
                    <a href={`#${e.op.operationId}`} className="text-brand-600 wrap-anywhere hover:underline">
                      <span className="font-mono uppercase">{e.method}</span> {e.path}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      {tags.map((tag) => (
        <Section key={tag} title={tag}>
          {entries
            .filter((e) => e.op.tags.includes(tag))
            .map((e) => (
              <OperationCard key={e.op.operationId} entry={e} />
            ))}
        </Section>
      ))}
    </>
  );
}
