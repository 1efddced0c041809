import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

type TOperation = {
  summary: string;
  description?: string;
  tags: string[];
  parameters: { name: string; description?: string }[];
  responses: Record<string, { description: string }>;
};

const vi = buildOpenApiDocument("vi");
const en = buildOpenApiDocument("en");
const op = (doc: typeof vi, path: string, method: string) => doc.paths[path][method] as TOperation;

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
/** The product's name is the same in every language. */
const PRODUCT = "Trách nhiệm";

/** Every text of the document a reader reads: not the examples, which are sample data. */
function texts(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((n, i) => texts(n, `${path}/${i}`));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === "example" || k === "x-codeSamples" ? [] : texts(v, `${path}/${k}`),
  );
}

describe("the OpenAPI document in Vietnamese", () => {
  it("keeps the texts the reference had", () => {
    expect(vi.info.description).toBe(
      "API của hệ thống theo dõi trách nhiệm xử lý công việc (BHXH Việt Nam): cùng chức năng, cùng phân quyền, cùng kiểm tra dữ liệu và cùng nhật ký như giao diện. JSON UTF-8; thời điểm ISO 8601 có múi giờ; mã (id) là chuỗi UUID. Giới hạn mặc định 120 yêu cầu mỗi phút cho mỗi mã truy cập.",
    );
    const createTask = op(vi, "/tasks", "post");
    expect(createTask.tags).toEqual(["Nhiệm vụ"]);
    expect(createTask.summary).toBe("Giao nhiệm vụ");
    expect(createTask.responses["201"].description).toBe("Nhiệm vụ vừa giao.");
    expect(createTask.responses["409"].description).toBe(
      "Xung đột phiên bản (đã có người cập nhật trước), hoặc thao tác không được phép ở trạng thái hiện tại.",
    );
    const start = op(vi, "/steps/{id}/start", "post");
    expect(start.summary).toBe("Bắt đầu xử lý khâu");
    expect(start.description).toBe(
      "Người chịu trách nhiệm khâu, khi khâu đang chờ xử lý (TODO). Ghi STEP_STARTED. Gửi kèm expectedVersion là version của khâu bạn đang thấy: khâu đã đổi từ đó thì trả 409. Khâu ngoài phạm vi trả 404; trong phạm vi nhưng bạn không có quyền thì 403; trạng thái khâu không cho phép thì 409.",
    );
    const listTasks = op(vi, "/tasks", "get").parameters;
    expect(listTasks.find((p) => p.name === "limit")?.description).toBe("Số mục mỗi trang (1–100, mặc định 50).");
    expect(listTasks.find((p) => p.name === "deadlineFrom")?.description).toBe(
      "Hạn từ ngày (yyyy-mm-dd, tính cả ngày này).",
    );
    expect(op(vi, "/units", "get").parameters.find((p) => p.name === "limit")?.description).toBe(
      "Số mục mỗi trang (1–1000, mặc định 500).",
    );
  });
});

describe("the OpenAPI document in English", () => {
  it("has no Vietnamese in its info, tags, summaries and descriptions", () => {
    expect(texts(en).filter(([, text]) => VIETNAMESE.test(text.replaceAll(PRODUCT, "")))).toEqual([]);
    expect(en.tags.map((t) => t.name)).toContain("Tasks");
    expect(op(en, "/tasks", "post").summary).toBe("Assign a task");
    expect(op(en, "/tasks", "get").parameters.find((p) => p.name === "limit")?.description).toBe(
      "Items per page (1–100, default 50).",
    );
  });

  it("keeps the examples, which are sample data", () => {
    const body = (
      op(en, "/consultations/{id}/answer", "post") as unknown as {
        requestBody: { content: { "application/json": { example: unknown } } };
      }
    ).requestBody;
    expect(body.content["application/json"].example).toEqual({
      position: "AGREE_WITH_COMMENTS",
      answer: "Thống nhất, đề nghị bổ sung mục 3.",
    });
  });

  it("describes the same operations as the Vietnamese one", () => {
    const shape = (doc: typeof vi) =>
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([m, o]) => `${m} ${path} ${(o as { operationId: string }).operationId}`),
      );
    expect(shape(en)).toEqual(shape(vi));
  });
});

it.each([["vi", vi] as const, ["en", en] as const])("words every key of the %s document", (_locale, doc) => {
  expect(texts(doc).filter(([path, text]) => text.startsWith("openapi.") || path.includes("x-messageValues"))).toEqual(
    [],
  );
});
