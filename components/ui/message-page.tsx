import Link from "next/link";

/** A whole page that only says something and leads home: not found (404), not allowed (403). */
export function MessagePage({
  title,
  body,
  home,
  testId,
}: {
  title: string;
  body: string;
  home: string;
  testId: string;
}) {
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600" data-testid={testId}>
        {body}
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {home}
      </Link>
    </main>
  );
}
