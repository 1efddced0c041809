import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { roleLabel, type TRole } from "@/lib/domain/access/roles";

type TNavLink = { href: string; label: string };

export function NavBar({ name, unitName, roles, links }: { name: string; unitName: string; roles: readonly TRole[]; links: TNavLink[] }) {
  const mainRole = roles.find((r) => r !== "STAFF") ?? "STAFF";
  return (
    <nav className="bg-brand-700 text-white" aria-label="Điều hướng chính">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold">Trách nhiệm</Link>
        <ul className="flex flex-wrap gap-4 text-sm">
          {links.map((l) => (
            <li key={l.href}><Link href={l.href} className="hover:underline">{l.label}</Link></li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span data-testid="current-user">
            <span className="font-medium">{name}</span>
            <span className="text-white/80"> · {roleLabel[mainRole]} · {unitName}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}
