import { expect, test } from "../support/fixtures";

const COMMON = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
};

test("API responses carry the security headers and are never cached", async ({ api, request }) => {
  for (const res of [await api.get("/contractors"), await request.get("/api/v1/contractors"), await api.get("/contractors/cn_doesnotexist")]) {
    expect(res.headers()).toMatchObject({ ...COMMON, "cache-control": "no-store" });
    expect(res.headers()["permissions-policy"]).toContain("camera=()");
  }
});

test("pages carry a CSP with a fresh nonce per response and no unsafe-eval; Next's scripts carry the nonce", async ({ request }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/login");
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject(COMMON);
    const csp = res.headers()["content-security-policy"];
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await res.text();
    // Every script tag in the page carries this response's nonce.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
