import type { PrismaClient } from "../../lib/server/db/generated/client.ts";

/**
 * The duty-inspection checklists the sector starts with, each item an obligation of a directive
 * with its citation. Admins and TCCB edit them in the app (/inspections/checklists).
 */
export const defaultChecklists: ReadonlyArray<{ title: string; description: string; items: Array<[string, string]> }> =
  [
    {
      title: "Trách nhiệm trong xử lý công việc (1251/BHXH-TCCB, 2165/CT-BHXH, 3476/BHXH-TCCB)",
      description:
        "Kiểm tra công vụ theo Công điện 280/CĐ-TTg, 968/CĐ-TTg và các văn bản triển khai của BHXH Việt Nam.",
      items: [
        [
          "Quy trình xử lý công việc cụ thể, cá thể hóa trách nhiệm: mỗi khâu có một người chịu trách nhiệm và thời hạn riêng.",
          "1251/BHXH-TCCB, điểm 2a",
        ],
        [
          "Không để xảy ra việc đùn đẩy, né tránh trách nhiệm (việc bị chuyển qua lại, trả lại không đúng).",
          "1251/BHXH-TCCB, điểm 2a",
        ],
        ["Đơn vị tự kiểm tra hoạt động công vụ, có kiểm tra đột xuất.", "1251/BHXH-TCCB, điểm 2b"],
        [
          "Trường hợp chậm trễ do đùn đẩy, né tránh đã được kiểm điểm, xử lý trách nhiệm tập thể, cá nhân.",
          "1251/BHXH-TCCB, điểm 2c",
        ],
        ["Giao việc rõ người, rõ việc, rõ trách nhiệm, rõ kết quả.", "2165/CT-BHXH"],
        ["Công việc tồn đọng, quá hạn được giải quyết dứt điểm.", "2165/CT-BHXH"],
        [
          "Xin ý kiến đúng đối tượng liên quan trực tiếp; đơn vị được xin ý kiến trả lời đúng hạn, rõ quan điểm, không chung chung, né tránh.",
          "3476/BHXH-TCCB",
        ],
        ["Vấn đề vượt thẩm quyền được báo cáo cấp có thẩm quyền, không né tránh.", "3476/BHXH-TCCB"],
      ],
    },
    {
      title: "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh (1151/BHXH-TTKT)",
      description: "Kiểm tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết KNTC, KNPA.",
      items: [
        ["Người đứng đầu tiếp công dân định kỳ theo lịch đã công bố và đột xuất khi cần.", "1151/BHXH-TTKT, điểm 2"],
        [
          "Khiếu nại, tố cáo thuộc thẩm quyền được giải quyết trong thời hạn luật định, dứt điểm.",
          "1151/BHXH-TTKT, điểm 3",
        ],
        ["Kiến nghị, phản ánh của công dân, cử tri được trả lời kịp thời.", "1151/BHXH-TTKT, điểm 3"],
        [
          "Dữ liệu tiếp công dân, KNTC, KNPA được nhập vào Hệ thống Cơ sở dữ liệu quốc gia về KNTC.",
          "1151/BHXH-TTKT, điểm 6",
        ],
        ["Báo cáo gửi Vụ Thanh tra - Kiểm tra đúng thời hạn.", "1151/BHXH-TTKT, điểm 7"],
      ],
    },
  ];

export async function seedChecklists(prisma: PrismaClient, now: Date): Promise<void> {
  for (const c of defaultChecklists) {
    await prisma.checklist.create({
      data: {
        title: c.title,
        description: c.description,
        createdAt: now,
        updatedAt: now,
        items: { create: c.items.map(([text, citation], position) => ({ text, citation, position })) },
      },
    });
  }
}
