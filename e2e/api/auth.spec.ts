import { expect, test } from "../support/fixtures";

test.describe("API keys", () => {
  test("missing and wrong keys get 401 invalid_api_key in the error body", async ({ request }) => {
    const variants: Record<string, string>[] = [{}, { Authorization: "Bearer cd_live_nope" }, { Authorization: `Basic ${Buffer.from("wrong:").toString("base64")}` }];
    for (const headers of variants) {
      const res = await request.get("/api/v1/contractors", { headers });
      expect(res.status()).toBe(401);
      const body = await res.json();
      expect(body.error_code).toBe("invalid_api_key");
      expect(typeof body.message).toBe("string");
    }
  });

  test("the secret key works as Basic user name and as Bearer token", async ({ request, org }) => {
    const basic = await request.get("/api/v1/contractors", {
      headers: { Authorization: `Basic ${Buffer.from(`${org.secret_key}:`).toString("base64")}` },
    });
    expect(basic.status()).toBe(200);
    const bearer = await request.get("/api/v1/contractors", { headers: { Authorization: `Bearer ${org.secret_key}` } });
    expect(bearer.status()).toBe(200);
    expect(await bearer.json()).toMatchObject({ data: expect.any(Array), has_more: expect.any(Boolean) });
  });

  test("unknown IDs and bad list parameters get the contract's error body", async ({ api }) => {
    const missing = await api.json(api.get("/contractors/cn_doesnotexist1"), 404);
    expect(missing.error_code).toBe("resource_not_found");
    const badLimit = await api.json(api.get("/contractors?limit=500"), 400);
    expect(badLimit.error_code).toBe("invalid_input");
    expect(badLimit.message).toContain("limit");
    const badCursor = await api.json(api.get("/contractors?starting_after=cn_nope12345"), 400);
    expect(badCursor.error_code).toBe("invalid_input");
  });
});

test("an unknown API path answers the JSON error body, not an HTML page", async ({ api }) => {
  const body = await api.json(api.get("/no_such_thing/abc"), 404);
  expect(body).toMatchObject({ error_code: "resource_not_found" });
  expect(body.message).toContain("/api/v1/no_such_thing/abc");
});
