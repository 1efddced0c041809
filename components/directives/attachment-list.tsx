export type TAttachment = { id: string; fileName: string; mimeType: string; sizeBytes: number };

/** "248 KB", "1,2 MB": Vietnamese decimal comma. */
function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}

/** The attachments' metadata only: the files themselves are kept in the document store, not here. */
export function AttachmentList({ attachments }: { attachments: TAttachment[] }) {
  if (attachments.length === 0) return <>Không có</>;
  return (
    <ul className="space-y-0.5" data-testid="attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          {a.fileName} <span className="text-slate-500">({a.mimeType === "application/pdf" ? "PDF" : a.mimeType}, {sizeLabel(a.sizeBytes)})</span>
        </li>
      ))}
    </ul>
  );
}
