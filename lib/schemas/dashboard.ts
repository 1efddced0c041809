import { z } from "zod";
import "@/lib/schemas/zod-vietnamese";
import { isLocalDate } from "@/lib/domain/calendar";
import { reportCategories } from "@/lib/domain/rollups/report-category";
import { signalKinds } from "@/lib/domain/signals/signal-kind";

// Search parameters of the dashboards, the compliance view, the lists behind their numbers
// and the summary report. Pages drop a bad value with a notice and show the rest; the Excel
// route answers 400 instead (ZReportQuery).

type TRaw = Record<string, string | string[] | undefined>;

const ZLocalDate = z.string().trim().refine(isLocalDate, "Ngày phải có dạng yyyy-mm-dd.");

export const complianceSortKeys = ["name", "onTimeRate", "DONE_ON_TIME", "DONE_LATE", "IN_TIME", "OVERDUE", "signals", "escalations"] as const;
export type TComplianceSortKey = (typeof complianceSortKeys)[number];

/** Every filter the dashboard pages read, each with the notice shown when its value is dropped. */
const fields = {
  unit: [z.uuid(), "Mã đơn vị không hợp lệ: đang hiển thị đơn vị mặc định."],
  directive: [z.uuid(), "Văn bản chỉ đạo không hợp lệ: đang hiển thị mọi văn bản."],
  from: [ZLocalDate, "Ngày bắt đầu kỳ không hợp lệ: đã bỏ qua."],
  to: [ZLocalDate, "Ngày kết thúc kỳ không hợp lệ: đã bỏ qua."],
  level: [z.enum(["step", "task"]), "Cách đếm không hợp lệ: đang đếm theo khâu."],
  category: [z.enum(reportCategories), "Nhóm tình trạng không hợp lệ: đang hiển thị tất cả."],
  person: [z.uuid(), "Mã cán bộ không hợp lệ: đã bỏ qua."],
  month: [z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), "Tháng không hợp lệ: đã bỏ qua."],
  own: [z.literal("1"), "Tham số “own” không hợp lệ: đã bỏ qua."],
  show: [z.enum(["items", "signals"]), "Loại danh sách không hợp lệ: đang hiển thị công việc."],
  kind: [z.enum(signalKinds), "Loại cảnh báo không hợp lệ: đang hiển thị mọi loại."],
  sort: [z.enum(complianceSortKeys), "Cột sắp xếp không hợp lệ: đang sắp xếp theo tỷ lệ đúng hạn."],
  dir: [z.enum(["asc", "desc"]), "Chiều sắp xếp không hợp lệ: đã dùng chiều mặc định."],
  page: [z.coerce.number().int().min(1).max(10_000), "Số trang không hợp lệ: đang hiển thị trang 1."],
} as const;

type TFields = typeof fields;
export type TDashboardQuery = { -readonly [K in keyof TFields]?: z.infer<TFields[K][0]> };

/**
 * Reads the search parameters a page uses; each bad value is dropped with a Vietnamese
 * notice, and a period whose start is after its end is dropped whole.
 */
export function parseDashboardQuery<K extends keyof TFields>(raw: TRaw, keys: readonly K[]): { query: Pick<TDashboardQuery, K>; notices: string[] } {
  const query: TDashboardQuery = {};
  const notices: string[] = [];
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined || value === "") continue;
    const [schema, notice] = fields[key];
    const parsed = (schema as z.ZodType).safeParse(Array.isArray(value) ? value[0] : value);
    if (parsed.success) (query as Record<string, unknown>)[key] = parsed.data;
    else notices.push(notice);
  }
  if (query.from && query.to && query.from > query.to) {
    notices.push("Ngày bắt đầu kỳ sau ngày kết thúc: đã bỏ lọc theo kỳ.");
    delete query.from;
    delete query.to;
  }
  return { query: query as Pick<TDashboardQuery, K>, notices };
}

/** The Excel export's query: strict, since a file built from a silently changed filter would mislead. */
export const ZReportQuery = z
  .object({
    unit: z.uuid({ message: "Mã đơn vị không hợp lệ." }).optional(),
    directive: z.uuid({ message: "Mã văn bản chỉ đạo không hợp lệ." }).optional(),
    from: ZLocalDate.optional(),
    to: ZLocalDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "Ngày bắt đầu kỳ phải trước hoặc bằng ngày kết thúc.", path: ["to"] });

export type TReportQuery = z.infer<typeof ZReportQuery>;
