import { z } from "zod";
import { stepKinds } from "@/lib/schemas/template";
import { ZApiId, ZCursorParam, ZLimitParam, ZUnitRef } from "./common";

export const ZApiTemplate = z
  .object({
    id: ZApiId,
    name: z.string(),
    description: z.string().nullable(),
    isActive: z.boolean().meta({ description: "Chỉ quy trình đang dùng mới nhận nhiệm vụ mới (POST /tasks, templateId)." }),
    unit: ZUnitRef.nullable().meta({ description: "Đơn vị sở hữu quy trình; null: quy trình dùng chung toàn Ngành." }),
    steps: z
      .array(z.object({ name: z.string(), kind: z.enum(stepKinds), defaultDurationDays: z.number().int() }))
      .meta({ description: "Các khâu theo thứ tự; POST /tasks nhận steps theo đúng thứ tự này (thời hạn mặc định tính bằng ngày làm việc)." }),
    taskCount: z.number().int(),
    canEdit: z.boolean().meta({ description: "Bạn có được sửa quy trình này không." }),
  })
  .meta({ title: "Template" });

export const ZTemplateListQuery = z.object({
  status: z.enum(["active", "inactive", "all"]).default("active").meta({ description: "Quy trình đang dùng (mặc định), đã ngừng, hay tất cả." }),
  cursor: ZCursorParam,
  limit: ZLimitParam(200, 100),
});
