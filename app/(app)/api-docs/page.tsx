import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getOpenApiDocument } from "@/lib/server/api/openapi/get-openapi-document";
import { apiRateLimitPerMinute } from "@/lib/server/api/rate-limit";
import type { TDocEntry, TDocOperation } from "./doc-operation";
import { OperationCard } from "./operation-card";

export const metadata: Metadata = { title: "Tài liệu API v1" };

/** The API reference, rendered on the server from the very document /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  const doc = getOpenApiDocument();
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
  const entries: TDocEntry[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, op: op as TDocOperation })),
  );
  const tags = doc.tags.map((t) => t.name);
  return (
    <>
      <PageHeader title="Tài liệu API v1" subtitle={`${entries.length} thao tác · OpenAPI ${doc.openapi} · phiên bản ${doc.info.version}`}>
        <a href="/api/v1/openapi.json" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Tải openapi.json</a>
      </PageHeader>
      <div className="mb-8 max-w-3xl space-y-2 text-sm text-slate-700">
        <p>{doc.info.description}</p>
        <p>
          Xác thực: tạo mã truy cập ở trang <Link href="/profile" className="text-brand-600 underline">Hồ sơ</Link>, gửi kèm{" "}
          <code>Authorization: Bearer &lt;mã&gt;</code>. Mã thao tác với đúng quyền của bạn; người ngoài phạm vi nhận 404 như khi dữ liệu không tồn tại.
        </p>
        <p>
          Danh sách được phân trang: truyền <code>nextCursor</code> của trang trước vào tham số <code>cursor</code>. Thao tác ghi nhận tiêu đề{" "}
          <code>Idempotency-Key</code> để gửi lại an toàn; trên khâu, gửi kèm <code>expectedVersion</code> (409 nếu khâu vừa đổi). Tối đa{" "}
          {apiRateLimitPerMinute()} yêu cầu mỗi phút cho một mã; vượt quá nhận 429 với <code>Retry-After</code>.
        </p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{`export TN_URL=${origin}\nexport TN_TOKEN=tn_…   # mã của bạn\ncurl "$TN_URL/api/v1/me" -H "Authorization: Bearer $TN_TOKEN"`}</pre>
      </div>
      <nav aria-label="Mục lục API" className="mb-8 grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((tag) => (
          <div key={tag}>
            <p className="font-semibold">{tag}</p>
            <ul className="mt-1 space-y-0.5">
              {entries.filter((e) => e.op.tags.includes(tag)).map((e) => (
                <li key={e.op.operationId}>
                  <a href={`#${e.op.operationId}`} className="text-brand-600 hover:underline">
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
          {entries.filter((e) => e.op.tags.includes(tag)).map((e) => <OperationCard key={e.op.operationId} entry={e} />)}
        </Section>
      ))}
    </>
  );
}
