import { readFileSync } from "node:fs";
import path from "node:path";
import { baseUrl } from "./api-client";

type TManifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id the production build gave a server action, from its manifest (as the browser gets it in the page). */
export function serverActionId(appDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(appDir, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as TManifest;
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === exportedName && a.filename?.endsWith(file),
  );
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in the build: has \`npx next build\` run?`);
  return found[0];
}

/** POSTs a server action call as React's client does: the action's id in a header, its arguments as JSON. */
export function callServerAction(
  pagePath: string,
  actionId: string,
  args: unknown[],
  headers: Record<string, string>,
): Promise<Response> {
  return fetch(new URL(pagePath, baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      ...headers,
    },
    body: JSON.stringify(args),
  });
}
