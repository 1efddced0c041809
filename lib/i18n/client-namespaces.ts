/**
 * The catalog namespaces client components read with useTranslations. Only these reach the
 * browser. CLIENT_NAMESPACES go with every page (the root layout): the header, the shared UI
 * and the error page. A page whose client components read another namespace wraps them in
 * <ClientMessages namespaces={[...]}> (components/i18n/client-messages.tsx), so no page carries
 * the sentences of every other page's forms. A client component that reads a namespace its
 * page did not send fails in the browser and in the end-to-end tests.
 */
export const CLIENT_NAMESPACES = ["auth", "common", "errorPage", "locale", "stepActions", "ui"] as const;

/** Namespaces sent only by the pages whose client components read them. */
export const PAGE_CLIENT_NAMESPACES = [
  "apiTokens",
  "calendarAdmin",
  "decisions",
  "delegations",
  "directives",
  "evaluation",
  "importForm",
  "inspections",
  "mailPreferences",
  "peopleAdmin",
  "recurrences",
  "taskForm",
  "templates",
  "unitAdmin",
] as const;
export type TPageClientNamespace = (typeof PAGE_CLIENT_NAMESPACES)[number];
