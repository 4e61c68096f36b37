import { describe, expect, it } from "vitest";
import { ApiError, notFound, whenNotFound } from "./errors";

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
