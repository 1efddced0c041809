import compile from "icu-minify/compile";

type TTree = { [key: string]: string | TTree };

/** A catalog as next-intl's plugin precompiles it at build time for the browser (next.config.js). */
export function compiledCatalog(tree: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree as TTree).map(([k, v]) => [k, typeof v === "string" ? compile(v) : compiledCatalog(v)]),
  );
}
