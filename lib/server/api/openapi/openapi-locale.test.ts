import { beforeEach, describe, expect, it, vi } from "vitest";
import { openApiLocaleOf } from "./openapi-locale";

const authenticateRequest = vi.hoisted(() => vi.fn());
vi.mock("../authenticate-request", () => ({ authenticateRequest }));

const now = new Date("2026-03-02T03:00:00Z");
const request = (query = "") => new Request(`http://localhost/api/v1/openapi.json${query}`);

describe("the language of the OpenAPI document", () => {
  beforeEach(() => {
    authenticateRequest.mockReset();
  });

  it("is ?lang when given, without asking who calls", async () => {
    expect(await openApiLocaleOf(request("?lang=en"), now)).toEqual({ locale: "en", fromQuery: true });
    expect(await openApiLocaleOf(request("?lang=vi"), now)).toEqual({ locale: "vi", fromQuery: true });
    expect(authenticateRequest).not.toHaveBeenCalled();
  });

  it("is the caller's own language otherwise", async () => {
    authenticateRequest.mockResolvedValue({ actor: { locale: "en" } });
    expect(await openApiLocaleOf(request("?lang=fr"), now)).toEqual({ locale: "en", fromQuery: false });
  });

  it("is Vietnamese for a caller who is not signed in or whose token is refused", async () => {
    authenticateRequest.mockRejectedValue(new Error("UNAUTHENTICATED"));
    expect(await openApiLocaleOf(request(), now)).toEqual({ locale: "vi", fromQuery: false });
  });
});
