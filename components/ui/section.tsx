export function Section({
  title,
  count,
  children,
  testId,
}: {
  title: string;
  count?: number | string;
  children: React.ReactNode;
  testId?: string;
}) {
  const id = `section-${title.replace(/\s+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="mb-8" data-testid={testId}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
        {count !== undefined && (
          <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-700">{count}</span>
        )}
      </h2>
      {children}
    </section>
  );
}
