import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokenTable, type TApiTokenRow } from "@/components/api-tokens/api-token-table";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { roleLabel } from "@/lib/domain/access/roles";
import { addCalendarDays, localDateOf } from "@/lib/domain/calendar";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { API_TOKEN_MAX_DAYS } from "@/lib/schemas/api/api-token";
import { findApiTokens } from "@/lib/server/api-tokens/find-api-tokens";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export const metadata: Metadata = { title: "Hồ sơ và mã truy cập API" };

export default async function ProfilePage() {
  const actor = await requireActorOrRedirect();
  const now = new Date();
  const tokens = await findApiTokens(actor, now);
  const today = localDateOf(now);
  const rows: TApiTokenRow[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: formatDateTime(t.createdAt),
    expiresAt: formatDate(t.expiresAt),
    lastUsedAt: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : null,
    status: t.revokedAt ? "revoked" : t.isActive ? "active" : "expired",
  }));
  return (
    <>
      <PageHeader title="Hồ sơ" subtitle={`${actor.name} · ${actor.title ?? roleLabel[actor.roles[0] ?? "STAFF"]} · ${actor.unitName}`} />
      <dl className="mb-8 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">Thư điện tử</dt>
        <dd>{actor.email}</dd>
        <dt className="text-slate-600">Vai trò</dt>
        <dd>{actor.roles.map((r) => roleLabel[r]).join(", ")}</dd>
      </dl>
      <Section title="Mã truy cập API" count={rows.filter((r) => r.status === "active").length} testId="section-api-tokens">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">
          Mã truy cập cho phép hệ thống khác (e-office, công cụ báo cáo) gọi{" "}
          <Link href="/api-docs" className="text-brand-600 underline">API v1</Link> thay bạn, với đúng quyền của bạn tại thời điểm gọi. Gửi kèm mỗi yêu cầu:{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;mã&gt;</code>. Mã có hiệu lực tối đa một năm; thu hồi ngay khi không dùng nữa.
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
      <Section title="Tài liệu API" testId="section-api-docs">
        <p className="max-w-3xl text-sm text-slate-700">
          Các điểm truy cập của API v1, dữ liệu gửi và nhận, mã lỗi:{" "}
          <Link href="/api-docs" className="font-medium text-brand-600 underline">mở Tài liệu API</Link>.
        </p>
      </Section>
    </>
  );
}
