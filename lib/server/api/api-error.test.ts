import { describe, expect, it, vi } from "vitest";
import { msg } from "@/lib/i18n/message";
import { DomainError } from "@/lib/server/errors/domain-error";
import { ApiError, toErrorReply } from "./api-error";

describe("toErrorReply words every failure in the caller's language", () => {
  it("words a DomainError and its field errors", () => {
    const e = new DomainError("INVALID_INPUT", msg("api.queryParamsUnsupported", { names: "colour" }), {
      colour: [msg("api.queryParamUnsupported")],
      q: ["worded by zod"],
    });
    expect(toErrorReply(e, "vi").body).toEqual({
      error: {
        code: "INVALID_INPUT",
        message: "Tham số không được hỗ trợ: colour.",
        fields: { colour: ["Tham số không được hỗ trợ."], q: ["worded by zod"] },
      },
    });
    expect(toErrorReply(e, "en")).toEqual({
      status: 400,
      headers: {},
      body: {
        error: {
          code: "INVALID_INPUT",
          message: "Unsupported parameters: colour.",
          fields: { colour: ["Unsupported parameter."], q: ["worded by zod"] },
        },
      },
    });
  });

  it("words an ApiError, keeping its headers", () => {
    const e = new ApiError(429, "RATE_LIMITED", msg("api.rateLimited", { limit: 120, seconds: 1 }), {
      "Retry-After": "1",
    });
    expect(e.message).toBe("Quá 120 yêu cầu mỗi phút. Thử lại sau 1 giây.");
    expect(toErrorReply(e, "en")).toEqual({
      status: 429,
      headers: { "Retry-After": "1" },
      body: { error: { code: "RATE_LIMITED", message: "More than 120 requests per minute. Try again in 1 second." } },
    });
  });

  it("words the overload and the generic failure, which carries only an incident id", () => {
    expect(toErrorReply(Object.assign(new Error("pool"), { code: "P2024" }), "en").body.error.message).toBe(
      "The system is overloaded and the request was not recorded. Try again in 1 second.",
    );
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const reply = toErrorReply(new Error("SELECT secret"), "en");
    log.mockRestore();
    expect(reply.status).toBe(500);
    expect(reply.body.error.message).toMatch(
      /^Something went wrong on the server and the request was not recorded\. .* with the code [0-9a-f-]{36}\.$/,
    );
    expect(reply.body.error.message).not.toContain("secret");
  });
});
