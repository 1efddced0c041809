import { useLocale, useTranslations } from "next-intl";
import { sketchSchema, sketchWordsIn } from "@/lib/server/api/openapi/sketch-schema";
import type { TDocEntry } from "./doc-operation";

const METHOD_COLOR: Record<string, string> = { get: "bg-sky-100 text-sky-900", post: "bg-green-100 text-green-900" };
// tabIndex on each block: a keyboard user must be able to scroll a wide schema sideways.
const pre = "overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100";

/** One operation of the API reference: what it does, its parameters, body, answers and a curl example. */
export function OperationCard({ entry }: { entry: TDocEntry }) {
  const t = useTranslations("apiDocs.operation");
  const words = sketchWordsIn(useLocale());
  const { method, path, op } = entry;
  const body = op.requestBody?.content["application/json"];
  const [successStatus, ...errorStatuses] = Object.keys(op.responses);
  const success = op.responses[successStatus];
  const successType = Object.keys(success.content ?? {})[0];
  return (
    <section
      id={op.operationId}
      className="mb-6 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`api-op-${op.operationId}`}
    >
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_COLOR[method] ?? "bg-slate-100"}`}>
          {method}
        </span>
        <span className="font-semibold wrap-anywhere">/api/v1{path}</span>
      </h3>
      <p className="mt-2 font-medium">{op.summary}</p>
      {op.description && <p className="mt-1 text-sm text-slate-700">{op.description}</p>}

      {op.parameters.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="mb-1 text-left text-xs font-semibold uppercase text-slate-500">{t("parameters")}</caption>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-3 font-mono wrap-anywhere">
                  {p.name}
                  {p.required ? "" : "?"}
                </td>
                <td className="py-1 pr-3 text-slate-500">
                  {p.in === "path" ? t("inPath") : p.in === "query" ? t("inQuery") : t("inHeader")}
                </td>
                <td className="py-1 pr-3 font-mono text-xs wrap-anywhere">{sketchSchema(p.schema, words)}</td>
                <td className="py-1 text-slate-700">{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {body && (
        <div className="mt-3">
          <p className="text-xs font-semibold uppercase text-slate-500">{t("body")}</p>
          <pre className={pre} tabIndex={0}>
            {sketchSchema(body.schema, words)}
          </pre>
        </div>
      )}

      <div className="mt-3">
        <p className="text-xs font-semibold uppercase text-slate-500">
          {t("returns", {
            status: successStatus,
            type: successType && successType !== "application/json" ? ` (${successType})` : "",
            description: success.description,
          })}
        </p>
        {successType === "application/json" && (
          <pre className={pre} tabIndex={0}>
            {sketchSchema(success.content![successType].schema, words)}
          </pre>
        )}
        <p className="mt-1 text-xs text-slate-600">
          {t.rich("errors", {
            shape: () => <code>{`{ "error": { "code", "message", "fields"? } }`}</code>,
            list: errorStatuses.map((s) => `${s} ${op.responses[s].description}`).join(" · "),
          })}
        </p>
      </div>

      {op["x-codeSamples"].map((sample) => (
        <div key={sample.lang} className="mt-3">
          <p className="text-xs font-semibold uppercase text-slate-500">{t("example", { lang: sample.lang })}</p>
          <pre className={pre} tabIndex={0}>
            {sample.source}
          </pre>
        </div>
      ))}
    </section>
  );
}
