import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler } from "../../lib/server/api/api-handler";
import { getDirectiveRoute } from "../../lib/server/api/routes/get-directive";
import { listDirectivesRoute } from "../../lib/server/api/routes/list-directives";
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import { toCurrentActor, type TCurrentActor } from "../../lib/server/auth/to-current-actor";
import { createDirective } from "../../lib/server/directives/create-directive";
import { DomainError } from "../../lib/server/errors/domain-error";
import { createUnitTree } from "../factories/create-unit-tree";
import { createUser } from "../factories/create-user";
import { testDb } from "../support/use-test-db";

// A person who reads English (User.locale "en") is refused in English: a DomainError worded
// with their locale, and the REST API's errors for their token. Vietnamese stays the default.

const now = new Date("2026-11-18T03:00:00Z");

describe("refusals in the reader's language", () => {
  let english: TCurrentActor;
  let vietnamese: TCurrentActor;
  let englishToken: string;
  let vietnameseToken: string;

  beforeAll(async () => {
    const tree = await createUnitTree(testDb.prisma);
    const en = await createUser(testDb.prisma, tree.units.dongDa);
    await testDb.prisma.user.update({ where: { id: en.id }, data: { locale: "en" } });
    const vi = await createUser(testDb.prisma, tree.units.dongDa);
    const rows = await testDb.prisma.user.findMany({
      where: { id: { in: [en.id, vi.id] } },
      include: { unit: { select: { name: true, path: true } } },
    });
    english = toCurrentActor(rows.find((r) => r.id === en.id)!);
    vietnamese = toCurrentActor(rows.find((r) => r.id === vi.id)!);
    englishToken = (await createApiToken(english, { name: "English", expiresOn: "2026-12-31" }, now)).token;
    vietnameseToken = (await createApiToken(vietnamese, { name: "Tiếng Việt", expiresOn: "2026-12-31" }, now)).token;
  });

  it("words a DomainError in the actor's locale, keeping the Vietnamese as its message", async () => {
    expect(english.locale).toBe("en");
    const input = {
      number: "1/EN",
      kind: "CONG_VAN",
      issuer: "BHXH",
      issuedOn: "2026-11-01",
      subject: "Thử",
    } as Parameters<typeof createDirective>[1];
    const error = await createDirective(english, input, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("FORBIDDEN");
    expect((error as DomainError).messageIn(english.locale)).toBe(
      "Only unit heads, the Personnel Department and administrators may add directives.",
    );
    expect((error as DomainError).message).toBe(
      "Chỉ lãnh đạo đơn vị, Vụ Tổ chức cán bộ và quản trị được thêm văn bản chỉ đạo.",
    );
  });

  const call = async (
    handler: ReturnType<typeof apiHandler>,
    url: string,
    token: string | null,
    params: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const res = await handler(new Request(`http://localhost/api/v1${url}`, { headers }), {
      params: Promise.resolve(params),
    });
    return {
      status: res.status,
      body: (await res.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } },
    };
  };

  it("answers the API's DomainErrors and its own errors in the token owner's language", async () => {
    const id = randomUUID();
    const missing = await call(apiHandler(getDirectiveRoute), `/directives/${id}`, englishToken, { id });
    expect(missing).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "This directive was not found." } },
    });

    const unknownParam = await call(apiHandler(listDirectivesRoute), "/directives?colour=red", englishToken);
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error.message).toBe("Unsupported parameters: colour.");
    expect(unknownParam.body.error.fields).toEqual({ colour: ["Unsupported parameter."] });

    const badCursor = await call(apiHandler(listDirectivesRoute), "/directives?cursor=nonsense", englishToken);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toBe(
      "Invalid page cursor: use the nextCursor of the previous page exactly, with the same filters.",
    );

    const viMissing = await call(apiHandler(getDirectiveRoute), `/directives/${id}`, vietnameseToken, { id });
    expect(viMissing.body.error.message).toBe("Không tìm thấy văn bản chỉ đạo này.");
    const viParam = await call(apiHandler(listDirectivesRoute), "/directives?colour=red", vietnameseToken);
    expect(viParam.body.error.message).toBe("Tham số không được hỗ trợ: colour.");
  });

  it("answers in Vietnamese before the caller is known", async () => {
    const bad = await call(apiHandler(listDirectivesRoute), "/directives", "not-a-token");
    expect(bad).toEqual({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED", message: "Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi." } },
    });
  });
});
