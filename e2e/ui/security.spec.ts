import { expect, test, type ApiClient } from "../support/fixtures";
import { PASSWORD, signIn } from "./helpers/sign-in";

// CSRF and session fixation: what next-auth and Next's server actions promise, checked against our server.

const SESSION_COOKIE = "next-auth.session-token";
const contractorCount = async (api: ApiClient) => (await api.json(api.get("/contractors?limit=100"), 200)).data.length as number;

test("a server action posted from another origin is refused; the same request from ours works", async ({ page, api, org }) => {
  await signIn(page, org.admin.email);
  // Capture the dashboard's own server-action request for "create contractor".
  const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.goto("/contractors/new");
  await page.getByLabel("Company").fill("Origin Check LLC");
  await page.getByLabel("Email").fill(`origin-${Date.now()}@example.com`);
  await page.getByRole("button", { name: "Create contractor" }).click();
  const request = await captured;
  await expect(page.getByRole("heading", { name: "Origin Check LLC" })).toBeVisible();

  const replay = async (origin: string) => {
    const body = request.postData()!.replace(/origin-\d+@example\.com/, `replay-${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.com`);
    const headers = { ...request.headers(), origin };
    return page.request.post(request.url(), { headers, data: body, maxRedirects: 0 });
  };
  const before = await contractorCount(api);
  const foreign = await replay("https://evil.example");
  expect(foreign.ok(), `foreign origin answered ${foreign.status()}`).toBe(false);
  expect(await contractorCount(api)).toBe(before);
  // Control: the very same request with our own origin does create one, so the refusal above was the origin check.
  const own = await replay(new URL(request.url()).origin);
  expect(own.status()).toBe(200);
  expect(await contractorCount(api)).toBe(before + 1);
});

test("next-auth's credentials callback refuses a sign-in without its CSRF token", async ({ request, org }) => {
  const form = { email: org.admin.email, password: PASSWORD, json: "true" };
  const forged = await request.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  // With `json: true` (as next-auth's own client posts) the redirect comes back as `{url}` rather than a Location.
  const sentTo = forged.headers()["location"] ?? (await forged.json()).url;
  expect(sentTo).toContain("csrf=true");
  expect(forged.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`))).toEqual([]);

  // With the double-submit token (cookie + body) the same credentials sign in: the refusal was the CSRF check.
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const genuine = await request.post("/api/auth/callback/credentials", { form: { ...form, csrfToken }, maxRedirects: 0 });
  expect(genuine.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`))).toBe(true);
});

test("the session cookie is HttpOnly and SameSite=Lax, and a new one is issued at every sign-in", async ({ page, context, org, baseURL }) => {
  // An attacker-planted cookie before sign-in (session fixation) must not be the session afterwards.
  const planted = "planted-by-attacker";
  await context.addCookies([{ name: SESSION_COOKIE, value: planted, url: baseURL! }]);
  await signIn(page, org.admin.email);
  const first = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(first.value).not.toBe(planted);
  expect(first).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  const csrf = (await context.cookies()).find((c) => c.name === "next-auth.csrf-token");
  expect(csrf).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // Signing out and in again gives a different session, and the old one no longer appears anywhere.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, org.admin.email);
  const second = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(second.value).not.toBe(first.value);
});
