import { describe, expect, it } from "vitest";
import { ApiError, errorResponse, notFound, rateLimited, whenNotFound } from "./errors";

describe("whenNotFound", () => {
  const replace = whenNotFound(() => new ApiError(400, "invalid_contractor_id", "No such contractor"));
  it("turns a 404 into the given client error", () => {
    expect(() => replace(notFound("contractor", "cn_x"))).toThrow(expect.objectContaining({ status: 400, code: "invalid_contractor_id" }));
  });
  it("lets a database failure through as itself (a 5xx), not as the client's mistake", () => {
    const lost = new Error("Connection terminated unexpectedly");
    expect(() => replace(lost)).toThrow(lost);
    expect(() => replace(new ApiError(403, "forbidden", "no"))).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe("errorResponse", () => {
  it("sends Retry-After on every 429, in whole seconds of at least 1", async () => {
    const res = errorResponse(rateLimited("Too many failed attempts.", 2.2));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({ message: "Too many failed attempts.", error_code: "rate_limited" });
    expect(errorResponse(rateLimited("x", 0)).headers.get("retry-after")).toBe("1");
    expect(errorResponse(new ApiError(429, "rate_limited", "made by hand")).headers.get("retry-after")).toBe("1");
    expect(errorResponse(new ApiError(404, "resource_not_found", "x")).headers.get("retry-after")).toBeNull();
  });
});
