import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test, type ApiClient } from "../support/fixtures";

// Sign-in is throttled per account and address (lib/security/throttle.ts). The test servers wait AUTH_THROTTLE_BASE_MS
// (3 s) after an account's fifth failure, doubling up to 20 s: each test uses an account of its own, so no other
// test is slowed, and waits are polled for, never slept.

const PASSWORD = "throttle-test-passphrase-9";
const random = () => Math.random().toString(36).slice(2, 10);

async function newUser(api: ApiClient) {
  const email = `throttle-${Date.now()}-${random()}@test.coverdesk.dev`;
  await api.json(api.post("/users", { email, password: PASSWORD, role: "viewer" }), 201);
  return email;
}

/** next-auth's credentials sign-in, as its client sends it (`json: true`: the answer is `{ url }`, not a redirect). */
async function signInner(request: APIRequestContext, baseURL: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return (email: string, password: string) =>
    request.post("/api/auth/callback/credentials", {
      headers: { origin: baseURL },
      form: { email, password, csrfToken, json: "true", callbackUrl: `${baseURL}/contractors` },
      maxRedirects: 0,
    });
}

const errorOf = async (res: APIResponse) => new URL((await res.json()).url).searchParams.get("error");

test("40 wrong passwords, then the right one is refused with 429 and Retry-After until the wait is over", async ({ request, api, baseURL }) => {
  const email = await newUser(api);
  const attempt = await signInner(request, baseURL!);

  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) statuses.push((await attempt(i % 2 ? email : email.toUpperCase(), `wrong-${i}`)).status());
  // The first five are checked and wrong (401); after that the account waits and attempts are refused (429).
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses).toContain(429);
  expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);

  const refused = await attempt(email, PASSWORD);
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(await errorOf(refused)).toBe(`TooManyAttempts:${retryAfter}`);
  // No session came with the refusal.
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});

  // Once the wait is over the right password works (polling: a refused attempt is not counted, so it never
  // prolongs the wait).
  await expect.poll(async () => (await attempt(email, PASSWORD)).status(), { timeout: 60_000, intervals: [500] }).toBe(200);
  expect((await (await request.get("/api/auth/session")).json()).user?.email).toBe(email);
});

test("a wrong password is answered 401 CredentialsSignin, not throttled, while the account has free attempts", async ({ request, api, baseURL }) => {
  const email = await newUser(api);
  const attempt = await signInner(request, baseURL!);
  const wrong = await attempt(email, "not-the-password");
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["retry-after"]).toBeUndefined();
  expect(await errorOf(wrong)).toBe("CredentialsSignin");
  expect((await attempt(email, PASSWORD)).status()).toBe(200);
});
