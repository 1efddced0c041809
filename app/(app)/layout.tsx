import { ActionStatus } from "@/components/tasks/action-status";
import { NavBar } from "@/components/work/nav-bar";
import { primaryRole } from "@/lib/domain/access/primary-role";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { env } from "@/lib/env";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDevMailboxEnabled } from "@/lib/server/mail/is-dev-mailbox-enabled";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { getTranslations } from "next-intl/server";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorOrRedirect();
  const [t, unreadCount] = await Promise.all([getTranslations(), countUnreadNotifications(actor)]);
  const links = [{ href: "/my-work", label: t("nav.myWork") }];
  if (isUnitHead(actor)) links.push({ href: "/unit", label: t("nav.unit") });
  if (isUnitHead(actor) || hasSectorWideView(actor)) links.push({ href: "/dashboard", label: t("nav.dashboard") });
  if (hasSectorWideView(actor))
    links.push({ href: "/compliance", label: t("nav.compliance") }, { href: "/units", label: t("nav.units") });
  links.push(
    { href: "/signals", label: t("nav.signals") },
    { href: "/directives", label: t("nav.directives") },
    { href: "/inspections", label: t("nav.inspections") },
    { href: "/evaluations", label: t("nav.evaluations") },
    { href: "/search", label: t("nav.search") },
  );
  // Staff read the decisions about them on their profile; those who record them have a page.
  if (isUnitHead(actor) || hasSectorWideView(actor)) links.push({ href: "/decisions", label: t("nav.decisions") });
  if (isUnitHead(actor) || actor.roles.includes("ADMIN")) links.push({ href: "/templates", label: t("nav.templates") });
  if (isUnitHead(actor) || hasSectorWideView(actor)) links.push({ href: "/recurrences", label: t("nav.recurrences") });
  if (actor.roles.includes("ADMIN"))
    links.push(
      { href: "/admin/people", label: t("nav.peopleAdmin") },
      { href: "/admin/units", label: t("nav.unitAdmin") },
      { href: "/admin/calendar", label: t("nav.calendar") },
    );
  if (actor.roles.includes("ADMIN") || actor.roles.includes("TCCB_MONITOR"))
    links.push({ href: "/admin/imports", label: t("nav.imports") });
  // Where mail goes nowhere (the demo), the admin reads what would have been sent.
  if (actor.roles.includes("ADMIN") && isDevMailboxEnabled())
    links.push({ href: "/admin/mailbox", label: t("nav.mailbox") });
  // The API documentation is for integrators: it is linked from the profile, beside the tokens.
  links.push({ href: "/profile", label: t("nav.profile") });
  return (
    <>
      {/* The first thing a keyboard reaches: past the menu, straight to the page. */}
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:absolute focus:left-4 focus:top-2"
      >
        {t("layout.skipToContent")}
      </a>
      {/* A header landmark, so the menu and the demo notice are inside a region (axe region). */}
      <header>
        <NavBar
          name={actor.name}
          roleText={t(`enums.role.${primaryRole(actor.roles)}`)}
          unitName={actor.unitName}
          links={links}
          unreadCount={unreadCount}
        />
        {env().isDemoSecret && (
          <p className="no-print bg-amber-100 px-4 py-1 text-center text-xs text-amber-900">{t("layout.demoNotice")}</p>
        )}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        {/* Confirms the forms that have no nearer confirmation area, at the top of the page. */}
        <ActionStatus placement="before" className="mb-4">
          {children}
        </ActionStatus>
      </main>
    </>
  );
}
