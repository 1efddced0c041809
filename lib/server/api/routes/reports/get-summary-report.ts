import "server-only";
import { ZApiSummaryReport } from "@/lib/schemas/api/reports";
import { ZReportQuery } from "@/lib/schemas/dashboard";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { defineApiRoute } from "../../define-api-route";
import { serializeSummaryReport } from "../../serialize/serialize-summary-report";

export const getSummaryReportRoute = defineApiRoute({
  method: "GET",
  path: "/reports/summary",
  operationId: "getSummaryReport",
  tag: "Báo cáo",
  summary: "Số liệu tổng hợp theo đơn vị",
  description:
    "Bốn nhóm (hoàn thành đúng hạn, hoàn thành quá hạn, trong hạn, quá hạn), tỷ lệ đúng hạn và cảnh báo, cho đơn vị (mặc định: đơn vị của bạn) và từng đơn vị trực thuộc; cùng số liệu với bảng theo dõi. Lãnh đạo: đơn vị mình trở xuống; Vụ TCCB, thanh tra, quản trị: mọi đơn vị; công chức: 403; một đơn vị ngoài phạm vi: 404 như đơn vị không tồn tại. from/to: kỳ báo cáo (yyyy-mm-dd).",
  query: ZReportQuery,
  exampleQuery: { from: "2026-01-01", to: "2026-03-31" },
  errors: [400, 403, 404],
  response: { status: 200, description: "Báo cáo tổng hợp.", schema: ZApiSummaryReport },
  run: async ({ actor, query, now }) => serializeSummaryReport(await getSummaryReport(actor, query, now, actor.locale)),
});
