import { expect, test } from "../support/fixtures";

test.describe("contractors", () => {
  test("create with a form body as in the docs' curl, then read, update and soft delete", async ({ api }) => {
    const created = await api.json(
      api.postForm("/contractors", {
        email: "jane@example.com",
        first_name: "Jane",
        last_name: "Smith",
        "address[line1]": "1 Main St",
        "address[locality]": "Springfield",
        "custom_metadata[team]": "north",
      }),
      201,
    );
    expect(created.id).toMatch(/^cn_/);
    expect(created).toMatchObject({
      email: "jane@example.com",
      first_name: "Jane",
      last_name: "Smith",
      company_name: null,
      address: { line1: "1 Main St", locality: "Springfield" },
      custom_metadata: { team: "north" },
      entity: null,
    });
    expect(Number.isInteger(created.created)).toBe(true);
    expect(Math.abs(created.created - Date.now() / 1000)).toBeLessThan(60);

    const fetched = await api.json(api.get(`/contractors/${created.id}`), 200);
    expect(fetched).toEqual(created);

    const updated = await api.json(api.put(`/contractors/${created.id}`, { company_name: "Smith & Sons, LLC" }), 200);
    expect(updated.company_name).toBe("Smith & Sons, LLC");
    expect(updated.first_name).toBe("Jane");

    const byEmail = await api.json(api.get("/contractors?email=JANE@example.com"), 200);
    expect(byEmail.data.map((c: { id: string }) => c.id)).toContain(created.id);

    expect(await api.json(api.del(`/contractors/${created.id}`), 200)).toEqual({ id: created.id, deleted: true });
    await api.json(api.get(`/contractors/${created.id}`), 404);
    const after = await api.json(api.get("/contractors?email=jane@example.com"), 200);
    expect(after.data.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });

  test("email is required and validated; unknown entity is refused", async ({ api }) => {
    const noEmail = await api.json(api.post("/contractors", { first_name: "X" }), 400);
    expect(noEmail).toMatchObject({ error_code: "invalid_input" });
    expect(noEmail.message).toContain("email");
    const badEmail = await api.json(api.post("/contractors", { email: "not-an-email" }), 400);
    expect(badEmail.error_code).toBe("invalid_input");
    const badEntity = await api.json(api.post("/contractors", { email: "a@example.com", entity: "en_missing12345" }), 400);
    expect(badEntity.error_code).toBe("invalid_input");
    const badJson = await api.request.post("/api/v1/contractors", {
      headers: { ...api.auth, "Content-Type": "application/json" },
      data: "{not json",
    });
    expect(badJson.status()).toBe(400);
    expect((await badJson.json()).error_code).toBe("invalid_input");
  });

  test("lists are newest first and page with starting_after / ending_before", async ({ api }) => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await api.createContractor({ email: `page${i}@example.com` })).id);
    const newest = [...ids].reverse();
    const first = await api.json(api.get("/contractors?limit=2"), 200);
    expect(first.data.map((c: { id: string }) => c.id)).toEqual(newest.slice(0, 2));
    expect(first.has_more).toBe(true);
    const second = await api.json(api.get(`/contractors?limit=2&starting_after=${newest[1]}`), 200);
    expect(second.data.map((c: { id: string }) => c.id)).toEqual(newest.slice(2, 4));
    const back = await api.json(api.get(`/contractors?limit=2&ending_before=${newest[2]}`), 200);
    expect(back.data.map((c: { id: string }) => c.id)).toEqual(newest.slice(0, 2));
    expect(back.has_more).toBe(false);
  });

  test("another organization's contractor is 404 for every verb, never 403", async ({ api, freshApi }) => {
    const mine = await api.createContractor();
    const other = freshApi();
    for (const res of [
      other.get(`/contractors/${mine.id}`),
      other.put(`/contractors/${mine.id}`, { first_name: "Mallory" }),
      other.del(`/contractors/${mine.id}`),
    ]) {
      const body = await other.json(res, 404);
      expect(body.error_code).toBe("resource_not_found");
    }
    const list = await other.json(other.get("/contractors?limit=100"), 200);
    expect(list.data.map((c: { id: string }) => c.id)).not.toContain(mine.id);
    expect((await api.json(api.get(`/contractors/${mine.id}`), 200)).first_name).toBe("Jane");
  });
});
