import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TaskForm } from "@/components/task-form/task-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getTaskFormOptions } from "@/lib/server/tasks-create/get-task-form-options";

export const metadata: Metadata = { title: "Giao nhiệm vụ" };

const ZQuery = z.object({
  directive: z.uuid().optional().catch(undefined),
  parent: z.uuid().optional().catch(undefined),
});

async function loadOptions(query: z.infer<typeof ZQuery>) {
  const actor = await requireActorOrRedirect();
  try {
    return { ok: true as const, options: await getTaskFormOptions(actor, { directiveId: query.directive, parentTaskId: query.parent }, new Date()) };
  } catch (e) {
    if (isDomainError(e) && e.code === "NOT_FOUND" && (query.directive || query.parent)) notFound();
    if (isDomainError(e)) return { ok: false as const, refusal: e.message };
    throw e;
  }
}

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = ZQuery.parse(await searchParams);
  const loaded = await loadOptions(query);
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title="Giao nhiệm vụ" />
        <EmptyState title={loaded.refusal}>
          <Link href="/directives" className="text-brand-700 hover:underline">Đến danh mục văn bản chỉ đạo</Link>
        </EmptyState>
      </>
    );
  }
  const { options } = loaded;
  const cancelHref = options.parent ? `/tasks/${options.parent.id}` : `/directives/${options.directive.id}`;
  return (
    <>
      <PageHeader
        title={options.parent ? "Chia thành nhiệm vụ con" : "Giao nhiệm vụ"}
        subtitle={`${options.directive.number} — ${options.directive.subject}`}
      />
      {options.parent && (
        <p className="mb-4 text-sm text-slate-700">
          Nhiệm vụ cha:{" "}
          <Link href={`/tasks/${options.parent.id}`} className="font-medium text-brand-700 hover:underline">{options.parent.title}</Link>
          {options.parent.point ? ` (điểm ${options.parent.point})` : ""} · {options.parent.leadUnitName} chủ trì. Nhiệm vụ cha giữ nguyên các khâu của mình.
        </p>
      )}
      <TaskForm options={options} cancelHref={cancelHref} />
    </>
  );
}
