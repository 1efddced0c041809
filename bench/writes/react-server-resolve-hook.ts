import { register } from "node:module";

// The capture child runs the app's server modules under plain Node (with the react-server
// condition) instead of Next's bundler, so it does the two things the bundler does for them:
// server code gets the React Server Components build of next/navigation (the client one
// needs React's client build), and a default import of a CommonJS module compiled from ES
// modules (next-auth's providers) gets its `default` export, not the whole module object.
const hook = `
const INTEROP = "?bench-default-interop";
export async function resolve(specifier, context, next) {
  if (specifier === "next/navigation") return next("next/dist/api/navigation.react-server.js", context);
  const r = await next(specifier, context);
  if (specifier.startsWith("next-auth/providers/")) return { ...r, url: r.url + INTEROP, shortCircuit: true };
  return r;
}
export async function load(url, context, next) {
  if (!url.endsWith(INTEROP)) return next(url, context);
  const real = JSON.stringify(url.slice(0, -INTEROP.length));
  return { format: "module", shortCircuit: true, source: "import m from " + real + "; export default (m && m.__esModule && m.default) || m;" };
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
