import { NavBar } from "@/components/work/nav-bar";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { env } from "@/lib/env";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorOrRedirect();
  const links = [{ href: "/my-work", label: "Việc của tôi" }];
  if (isUnitHead(actor)) links.push({ href: "/unit", label: "Việc của đơn vị" });
  if (hasSectorWideView(actor)) links.push({ href: "/units", label: "Toàn Ngành" });
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
