import { addCalendarDays, localDateOf } from "../../../lib/domain/calendar";
import { apiDb } from "./use-api-db";
import { apiAs, expectStatus, type TApi } from "./api-client";
import { mintToken } from "./mint-tokens";

/** A local date `days` from today (Asia/Ho_Chi_Minh), as task deadlines are written. */
export function dayFromToday(days: number): string {
  return addCalendarDays(localDateOf(new Date()), days);
}

export async function userId(email: string): Promise<string> {
  return (await apiDb.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export async function unitIdOf(email: string): Promise<string> {
  return (await apiDb.user.findUniqueOrThrow({ where: { email }, select: { unitId: true } })).unitId;
}

/** A client with a token of its own, so that one file's calls never eat another file's rate limit. */
export async function freshApi(email: string): Promise<TApi> {
  return apiAs({ token: await mintToken(email, `API test ${Math.random().toString(36).slice(2, 8)}`) });
}

/**
 * A new task led by the head's unit, created over the API with the periodic-report template
 * (five steps), every step owned by `ownerEmails[i]` (the last one repeated).
 */
export async function createTaskOverApi(
  head: TApi,
  ownerEmails: string[],
  title = `Nhiệm vụ kiểm thử API ${Math.random().toString(36).slice(2, 8)}`,
) {
  const [me, template, directive] = await Promise.all([
    head.get("/me"),
    apiDb.processTemplate.findFirstOrThrow({
      where: { name: "Quy trình báo cáo định kỳ", unitId: null },
      include: { steps: true },
    }),
    // Always the same seeded directive, so that counts under the other directives stay put.
    apiDb.directive.findFirstOrThrow({ where: { number: "2165/CT-BHXH" } }),
  ]);
  const owners = await Promise.all(ownerEmails.map(userId));
  const res = await head.post("/tasks", {
    directiveId: directive.id,
    title,
    leadUnitId: me.body.user.unit.id,
    deadline: dayFromToday(40),
    templateId: template.id,
    steps: template.steps.map((_, i) => ({
      ownerId: owners[Math.min(i, owners.length - 1)],
      deadline: dayFromToday(10 + i * 5),
    })),
  });
  expectStatus(res, 201);
  return res.body;
}

/** The kinds of the events a step or task has, oldest first, read from the database. */
export async function eventKinds(where: {
  taskId?: string;
  stepId?: string;
  directiveId?: string;
  consultationId?: string;
}): Promise<string[]> {
  const events = await apiDb.event.findMany({ where, orderBy: { seq: "asc" }, select: { kind: true } });
  return events.map((e) => e.kind);
}
