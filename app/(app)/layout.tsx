import { NavBar } from "@/components/work/nav-bar";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { env } from "@/lib/env";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorOrRedirect();
  const links = [{ href: "/my-work", label: "Việc của tôi" }];
  if (isUnitHead(actor)) links.push({ href: "/unit", label: "Việc của đơn vị" });
  if (isUnitHead(actor) || hasSectorWideView(actor)) links.push({ href: "/dashboard", label: "Bảng theo dõi" });
  if (hasSectorWideView(actor)) links.push({ href: "/compliance", label: "Theo dõi toàn Ngành" }, { href: "/units", label: "Các đơn vị" });
  links.push({ href: "/signals", label: "Cảnh báo" }, { href: "/directives", label: "Văn bản chỉ đạo" }, { href: "/search", label: "Tìm kiếm" });
  if (isUnitHead(actor) || actor.roles.includes("ADMIN")) links.push({ href: "/templates", label: "Quy trình mẫu" });
  if (actor.roles.includes("ADMIN")) links.push({ href: "/admin/calendar", label: "Lịch làm việc" });
  links.push({ href: "/profile", label: "Hồ sơ" }, { href: "/api-docs", label: "Tài liệu API" });
  return (
    <>
      <NavBar name={actor.name} unitName={actor.unitName} roles={actor.roles} links={links} />
      {env().isDemoSecret && (
        <p className="no-print bg-amber-100 px-4 py-1 text-center text-xs text-amber-900">
          Bản trình diễn: dữ liệu mẫu và khóa phiên mặc định, không dùng cho dữ liệu thật.
        </p>
      )}
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
