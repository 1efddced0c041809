"use client";

import { z } from "zod";

// The page's Content-Security-Policy forbids eval (proxy.ts). Zod 4 probes for it with
// `Function("")` on its first parse, to compile faster parsers, and the browser reports each
// probe as a policy violation. Jitless skips the probe; parsing a form is no slower for it.
// Set when this module loads, at hydration, before any form can parse.
z.config({ jitless: true });

/** Rendered once in the root layout so that the setting above runs in every page's bundle. */
export function ZodWithoutEval() {
  return null;
}
