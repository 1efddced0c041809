import { useLocale, useTranslations } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";

export type TAttachment = { id: string; fileName: string; mimeType: string; sizeBytes: number };

/** "248 KB", "1,2 MB": Vietnamese decimal comma ("1.2 MB" in English). */
function sizeLabel(bytes: number, locale: TLocale): string {
  if (bytes < 1024) return `${bytes} ${locale === "en" && bytes !== 1 ? "bytes" : "byte"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 })} MB`;
}

/** The attachments' metadata only: the files themselves are kept in the document store, not here. */
export function AttachmentList({ attachments }: { attachments: TAttachment[] }) {
  const t = useTranslations("directives.summary");
  const locale = useLocale();
  if (attachments.length === 0) return <>{t("noAttachments")}</>;
  return (
    <ul className="space-y-0.5" data-testid="attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          {a.fileName}{" "}
          <span className="text-slate-500">
            ({a.mimeType === "application/pdf" ? "PDF" : a.mimeType}, {sizeLabel(a.sizeBytes, locale)})
          </span>
        </li>
      ))}
    </ul>
  );
}
