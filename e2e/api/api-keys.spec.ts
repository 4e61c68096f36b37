import { expect, test } from "../support/fixtures";

// Bad API keys are throttled per key prefix and client address (lib/security/throttle.ts; the test servers wait
// 3 s after five failures): each test uses a key prefix of its own, and waits are polled for, never slept.
// A key's last_used is stamped when it authenticates.

const random = () => Math.random().toString(36).slice(2, 10);

test("bad API keys get 429 rate_limited with Retry-After after five failures; a valid key keeps working", async ({ request, api }) => {
  const prefix = `cd_live_${random().slice(0, 4)}`;
  const bad = () => request.get("/api/v1/contractors", { headers: { Authorization: `Bearer ${prefix}${random()}${random()}` } });
  for (let i = 0; i < 5; i++) expect((await bad()).status()).toBe(401);
  const refused = await bad();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(await refused.json()).toMatchObject({ error_code: "rate_limited", message: expect.any(String) });
  // Someone else's failures never refuse a valid key.
  await api.json(api.get("/contractors"), 200);
  // After the wait, a bad key is answered 401 again (and counted again).
  await expect.poll(async () => (await bad()).status(), { timeout: 60_000, intervals: [500] }).toBe(401);
});

test("a key's last_used is set when it authenticates, at most once a minute", async ({ request, api }) => {
  const key = await api.json(api.post("/api_keys", { name: `last-used ${random()}` }), 201);
  expect(key.last_used).toBeNull();
  const listed = async () => (await api.json(api.get("/api_keys?limit=100"), 200)).data.find((k: { id: string }) => k.id === key.id);
  expect((await listed()).last_used).toBeNull();

  const before = Math.floor(Date.now() / 1000) - 5;
  expect((await request.get("/api/v1/contractors", { headers: { Authorization: `Bearer ${key.secret}` } })).status()).toBe(200);
  const first = (await listed()).last_used;
  expect(first).toBeGreaterThanOrEqual(Math.max(before, key.created));

  // A second call within the minute (but in a later second, so a new stamp would show) does not write it again.
  await expect.poll(() => Math.floor(Date.now() / 1000), { timeout: 10_000, intervals: [200] }).toBeGreaterThan(first + 1);
  expect((await request.get("/api/v1/contractors", { headers: { Authorization: `Bearer ${key.secret}` } })).status()).toBe(200);
  expect((await listed()).last_used).toBe(first);
});
