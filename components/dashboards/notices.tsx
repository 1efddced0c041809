/** Notices about search parameters that were dropped; the page still shows what it could. */
export function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="no-print mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
      data-testid="query-notices"
    >
      <ul className="list-disc pl-5">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
