import { toCurrentActor, type TCurrentActor } from "../../lib/server/auth/to-current-actor.ts";
import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { findTaskPage } from "../../lib/server/search/find-task-page.ts";
import { getClassifyContext } from "../../lib/server/settings/get-classify-context.ts";
import { SEARCH_PAGE_SIZE, searchTasks } from "../../lib/server/search/search-tasks.ts";

export type TTaskListCase = {
  name: string;
  /** The p95 asked for, in ms; null for a case measured for information only. */
  targetP95: number | null;
  /** Runs the case once and says how many tasks it found (the page's rows, or the search's total, "> cap" when capped). */
  run: () => Promise<number | string>;
};

export const TASK_LIST_TARGET_MS = 150;
export const LIST_PAGE_SIZE = 25;
export const SEARCH_TEXT = "quy trình";

async function actor(prisma: PrismaClient, email: string): Promise<TCurrentActor> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    include: { unit: { select: { name: true, path: true } } },
  });
  return toCurrentActor(user);
}

/**
 * The task list behind GET /api/v1/tasks (first page of 25, soonest deadline first, as the
 * route calls it: the classification context, then the page; the API pages by cursor and
 * counts nothing) and the search page (its first page of SEARCH_PAGE_SIZE with the total, as
 * app/(app)/search awaits it), for the head of a district, the director of a province and
 * TCCB, with an empty search and with a search text. A district staff member's
 * list is measured too, for information: staff have no target here.
 */
export async function taskListCases(prisma: PrismaClient, now: Date): Promise<TTaskListCase[]> {
  const [dongDaHead, hanoiHead, tccb, dongDaStaff] = await Promise.all([
    actor(prisma, "truong.dongda@demo.bhxh.vn"),
    actor(prisma, "giamdoc.hanoi@demo.bhxh.vn"),
    actor(prisma, "tccb@demo.bhxh.vn"),
    actor(prisma, "nv.dongda@demo.bhxh.vn"),
  ]);
  const list = (who: TCurrentActor) => async () => {
    const context = await getClassifyContext(now);
    const page = await findTaskPage(who, { unitPath: null, after: null, limit: LIST_PAGE_SIZE }, context);
    return page.items.length;
  };
  const search = (who: TCurrentActor, q: string) => async () => {
    const found = await searchTasks(who, { q, unitPath: null, personId: null, page: 1 }, now);
    return found.totalIsCapped ? `> ${found.total.toLocaleString("en-US")}` : found.total;
  };
  const people: [string, TCurrentActor, number | null][] = [
    ["Trưởng BHXH Đống Đa", dongDaHead, TASK_LIST_TARGET_MS],
    ["Giám đốc BHXH Hà Nội", hanoiHead, TASK_LIST_TARGET_MS],
    ["TCCB", tccb, TASK_LIST_TARGET_MS],
    ["Nhân viên BHXH Đống Đa (tham khảo)", dongDaStaff, null],
  ];
  return people.flatMap(([name, who, targetP95]) => [
    { name: `${name}: danh sách (API, ${LIST_PAGE_SIZE}/trang)`, targetP95, run: list(who) },
    { name: `${name}: tìm kiếm, không có từ khóa (${SEARCH_PAGE_SIZE}/trang + tổng)`, targetP95, run: search(who, "") },
    {
      name: `${name}: tìm kiếm "${SEARCH_TEXT}" (${SEARCH_PAGE_SIZE}/trang + tổng)`,
      targetP95,
      run: search(who, SEARCH_TEXT),
    },
  ]);
}
