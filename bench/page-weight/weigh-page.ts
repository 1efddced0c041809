import { gzipSync } from "node:zlib";

export type TPageWeight = { url: string; scripts: number; gzipBytes: number };

// Every script tag with a source, except `noModule` ones: the polyfills for browsers without
// ES modules, which every browser this app supports skips without downloading.
const SCRIPT_TAG = /<script\b([^>]*)>/g;
const scriptSource = (attributes: string) =>
  /\bnomodule\b/i.test(attributes) ? null : (/\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? null);

/**
 * The scripts a page's HTML makes the browser load, summed as gzip (the default level, as
 * `next start` compresses them). `cache` holds each script's size across pages.
 */
export async function weighPage(url: string, cookie: string, cache: Map<string, number>): Promise<TPageWeight> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
  const html = await response.text();
  const tags = [...html.matchAll(SCRIPT_TAG)].map((m) => scriptSource(m[1])).filter((src) => src !== null);
  const sources = [...new Set(tags.map((src) => new URL(src.replaceAll("&amp;", "&"), url).href))];
  let gzipBytes = 0;
  for (const src of sources) {
    if (!cache.has(src)) {
      const script = await fetch(src);
      if (script.status !== 200) throw new Error(`${src} answered HTTP ${script.status}`);
      cache.set(src, gzipSync(Buffer.from(await script.arrayBuffer())).length);
    }
    gzipBytes += cache.get(src)!;
  }
  return { url, scripts: sources.length, gzipBytes };
}

/** The first link on a page whose href matches `link`, for pages addressed by an id. */
export async function findLinkOn(url: string, cookie: string, link: RegExp): Promise<string> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const href = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).find((h) => link.test(h) && h.startsWith("/"));
  if (!href) throw new Error(`No link matching ${link} on ${url}`);
  return new URL(href.replaceAll("&amp;", "&"), url).href;
}
