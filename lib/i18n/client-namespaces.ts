/**
 * The catalog namespaces client components read with useTranslations. Only these reach the
 * browser (the root layout picks them), so a page does not carry every sentence the product
 * has. A client component that reads a namespace not listed here fails in the browser and in
 * the end-to-end tests.
 */
export const CLIENT_NAMESPACES = ["common", "errors", "locale", "stepActions", "taskForm"] as const;
