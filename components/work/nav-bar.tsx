"use client";

import Link from "next/link";
import { useTranslations } from "@/components/i18n/use-translations";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

type TNavLink = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main menu. On a phone it folds behind a "Menu" button (a native button, so Enter and
 * Space work, with aria-expanded saying whether it is open); from the md breakpoint up it is
 * always shown and the button is gone.
 */
export function NavBar({
  name,
  roleText,
  unitName,
  links,
  unreadCount,
}: {
  name: string;
  roleText: string;
  unitName: string;
  links: TNavLink[];
  unreadCount: number;
}) {
  const t = useTranslations("ui");
  const tCommon = useTranslations("common");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Following a link closes the menu, so the page it opens is not hidden under it.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <nav className="bg-brand-700 text-white" aria-label={t("mainNav")}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold">
          {tCommon("appName")}
        </Link>
        <NotificationBell unreadCount={unreadCount} current={isCurrent(pathname, "/notifications")} />
        <button
          type="button"
          aria-expanded={open}
          aria-controls="main-menu"
          onClick={() => setOpen(!open)}
          className="rounded-md border border-white/40 px-3 py-1 text-sm hover:bg-white/10 md:hidden"
          data-testid="menu-button"
        >
          {open ? t("closeMenu") : t("menu")}
        </button>
        <ul
          id="main-menu"
          className={`${open ? "flex" : "hidden"} w-full flex-col gap-1 text-sm md:flex md:w-auto md:flex-row md:flex-wrap md:gap-4`}
        >
          {links.map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={isCurrent(pathname, l.href) ? "page" : undefined}
                className="block py-1 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline md:py-0"
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        <div
          className={`${open ? "flex" : "hidden"} w-full flex-wrap items-center gap-3 text-sm md:ml-auto md:flex md:w-auto`}
        >
          <span data-testid="current-user">
            <span className="font-medium">{name}</span>
            <span className="text-white/90">
              {" "}
              · {roleText} · {unitName}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}
