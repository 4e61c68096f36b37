import fs from "node:fs";
import path from "node:path";
import { expect, test, type Json } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { servers } from "../support/servers";
import { mintSessionToken } from "../../lib/auth/session-token";
import { SELECTORS } from "../../lib/constants/selectors";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { signIn } from "./helpers/sign-in";
import { createUser } from "./helpers/users";

const byTestId = (id: string) => `[data-testid="${id}"]`;
// The test server generated its NEXTAUTH_SECRET into DATA_DIR; with it a test can mint what the dashboard mints.
const secret = () => fs.readFileSync(path.join(servers[0].dataDir, "auth-secret"), "utf8").trim();

test.describe("roles", () => {
  test("a viewer sees everything and can change nothing", async ({ page, api }, testInfo) => {
    await api.createRequirement({ is_default: true });
    const contractor = await api.createContractor({ company_name: "Viewer Visible LLC" });
    const cert = await api.uploadPdf(
      contractor.id,
      await fillablePdf((d) => {
        d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
      }),
      "viewer-flagged.pdf",
    );
    await api.waitFinal(cert.id);
    const viewer = await createUser(api, "viewer");
    await signIn(page, viewer.email);
    await expect(page.getByText(`${viewer.email} · viewer`)).toBeVisible();
    await expect(page.getByRole("link", { name: "New contractor" })).toHaveCount(0);

    await page.getByRole("link", { name: "Viewer Visible LLC" }).click();
    await expect(page.getByText("You have view-only access")).toBeVisible();
    await expect(page.locator(byTestId(SELECTORS.dropzone))).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit contractor" })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("viewer-contractor.png"), fullPage: true });

    await page.getByRole("link", { name: "viewer-flagged.pdf" }).click();
    // The limit, and the insured name (the contractor is not "Acme Corporation LLC").
    await expect(page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="failed"]`)).toHaveCount(2);
    await expect(page.getByRole("button", { name: /^Approve rule/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Deny certificate" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page, "certificate as viewer");
    await page.screenshot({ path: testInfo.outputPath("viewer-certificate.png"), fullPage: true });

    await page.goto("/review");
    await expect(page.locator(byTestId(SELECTORS.triageCount))).toHaveText("1 to review");
    await page.keyboard.press("a");
    await page.keyboard.press("d");
    await expect(page.getByLabel("Reason for denying")).toHaveCount(0);
    await expect(page.locator(byTestId(SELECTORS.triageCount))).toHaveText("1 to review");

    for (const [url, text] of [["/settings/api-keys", "Only admins can create or revoke keys."], ["/settings/users", "Only admins can add users"]]) {
      await page.goto(url);
      await expect(page.getByText(text)).toBeVisible();
    }
    await page.goto("/settings/requirements");
    await expect(page.getByRole("button", { name: "New requirement" })).toHaveCount(0);
    await page.goto("/contractors/new");
    await expect(page).toHaveURL(/\/contractors$/);
    expect((await api.json(api.get(`/files/certificates/${cert.id}`), 200)).status).toBe("flagged");
  });

  test("the API itself enforces roles on dashboard session tokens", async ({ api, request, org }) => {
    const viewer = await createUser(api, "viewer");
    const reviewer = await createUser(api, "reviewer");
    const token = (u: Json) =>
      `Bearer ${mintSessionToken({ org: org.organization.id, uid: u.id, email: u.email, role: u.role, secret: secret() })}`;
    const call = (method: "get" | "post", p: string, auth: string, data?: object) =>
      request[method](`/api/v1${p}`, { headers: { Authorization: auth }, data });

    expect((await call("get", "/contractors", token(viewer))).status()).toBe(200);
    const refused = await call("post", "/contractors", token(viewer), { email: "x@example.com" });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error_code: "forbidden" });
    expect((await call("post", "/contractors", token(reviewer), { email: "r@example.com" })).status()).toBe(201);
    expect((await call("post", "/api_keys", token(reviewer), { name: "nope" })).status()).toBe(403);
    expect((await call("post", "/users", token(reviewer), { email: "u@example.com", password: "long-enough", role: "admin" })).status()).toBe(403);
    expect((await call("post", "/webhook_endpoints", token(reviewer), { url: "https://example.com" })).status()).toBe(403);
    // Another organization's claim, a wrong signature and a disabled user are all just "invalid".
    const forged = `Bearer ${mintSessionToken({ org: org.organization.id, uid: viewer.id, email: viewer.email, role: "viewer", secret: "wrong" })}`;
    expect((await call("get", "/contractors", forged)).status()).toBe(401);
    await api.json(api.del(`/users/${viewer.id}`), 200);
    expect((await call("get", "/contractors", token(viewer))).status()).toBe(401);
    // The last admin cannot be demoted or disabled.
    const users = await api.json(api.get("/users?limit=100"), 200);
    const admin = users.data.find((u: { role: string }) => u.role === "admin");
    expect((await api.put(`/users/${admin.id}`, { role: "viewer" })).status()).toBe(409);
  });
});
