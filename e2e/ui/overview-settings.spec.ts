import { expect, test } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { signIn } from "./helpers/sign-in";

const byTestId = (id: string) => `[data-testid="${id}"]`;

test("an admin sets requirements, entities, keys and users; the overview counts certificates", async ({ page, api, org, request }, testInfo) => {
  await signIn(page, org.admin.email);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/requirements/);
  await expect(page.getByText("No insurance requirements")).toBeVisible();
  await page.getByRole("button", { name: "New requirement" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Standard");
  await page.getByLabel("Default requirement").check();
  const cgl = page.getByRole("group", { name: "Commercial general liability" });
  await cgl.getByLabel("Required", { exact: true }).check();
  await cgl.getByLabel("Minimum each occurrence ($)").fill("abc");
  await page.getByRole("button", { name: "Save requirement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Each occurrence" })).toBeVisible();
  await cgl.getByLabel("Minimum each occurrence ($)").fill("1,000,000");
  await page.getByLabel("Certificate holder name").fill("Client Corp Inc.");
  await page.getByLabel("Signature required").check();
  await expectNoSeriousAxeViolations(page, "requirement form");
  await page.screenshot({ path: testInfo.outputPath("settings-requirement-form.png"), fullPage: true });
  await page.getByRole("button", { name: "Save requirement" }).click();
  await expect(page.getByRole("heading", { name: /Standard/ })).toBeVisible();
  const saved = (await api.json(api.get("/insurance_requirements?is_default=true"), 200)).data[0];
  expect(saved.rules).toEqual({
    coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } } },
    certificate_holder_name: "Client Corp Inc.",
    signature_required: true,
  });

  await page.getByRole("link", { name: "Entities" }).click();
  await page.getByLabel("Entity name").fill("West region");
  await page.getByRole("button", { name: "Add entity" }).click();
  await expect(page.getByText("West region")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("settings-entities.png"), fullPage: true });

  await page.getByRole("link", { name: "API keys" }).click();
  await page.getByLabel("Key name").fill("Payroll integration");
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.locator(byTestId(SELECTORS.apiKeySecret)).textContent())!;
  expect(secret).toMatch(/^cd_live_/);
  const withKey = () => request.get("/api/v1/contractors", { headers: { Authorization: `Bearer ${secret}` } });
  expect((await withKey()).status()).toBe(200);
  await expectNoSeriousAxeViolations(page, "api keys");
  await page.screenshot({ path: testInfo.outputPath("settings-api-keys.png"), fullPage: true });
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.locator(byTestId(SELECTORS.apiKeySecret))).toHaveCount(0);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Revoke Payroll integration" }).click();
  await expect(page.getByText(/Revoked/)).toBeVisible();
  expect((await withKey()).status()).toBe(401);

  await page.getByRole("link", { name: "Users" }).click();
  const email = `new-viewer-${Date.now()}@test.coverdesk.dev`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password").fill("a-good-password");
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add user" }).click();
  const row = page.locator(`[data-user-email="${email}"]`);
  await expect(row).toBeVisible();
  await row.getByLabel(`Role of ${email}`).selectOption("reviewer");
  await expect.poll(async () => (await api.json(api.get("/users?limit=100"), 200)).data.find((u: { email: string }) => u.email === email)?.role).toBe("reviewer");
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(row.getByText("Disabled")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "users");
  await page.screenshot({ path: testInfo.outputPath("settings-users.png"), fullPage: true });

  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByText("No webhook endpoints")).toBeVisible();
  // The test servers allow loopback URLs (ALLOW_PRIVATE_WEBHOOK_URLS=true); nothing listens there, which is fine.
  await page.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/coverdesk-hook");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId(SELECTORS.webhookSecret)).toContainText("whsec_");
  await expect(page.getByText("http://127.0.0.1:9/coverdesk-hook")).toBeVisible();
  const endpoints = await api.json(api.get("/webhook_endpoints"), 200);
  expect(endpoints.data.map((e: { url: string }) => e.url)).toContain("http://127.0.0.1:9/coverdesk-hook");
  expect(endpoints.data[0].secret).toBeUndefined();
  await page.getByRole("button", { name: "Delivery log" }).click();
  await expect(page.getByText("No deliveries yet.")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "webhooks");
  await page.screenshot({ path: testInfo.outputPath("settings-webhooks.png"), fullPage: true });

  const contractor = await api.createContractor();
  const cert = await api.uploadPdf(contractor.id, await fillablePdf());
  await api.waitFinal(cert.id);
  await page.getByRole("link", { name: "Overview" }).click();
  const approved = page.locator(`${byTestId(SELECTORS.overviewCount)}[data-status="approved"]`);
  await expect(approved).toContainText("1");
  await expect(page.locator(byTestId(SELECTORS.complianceChart)).locator("rect")).toHaveCount(1);
  await expect(page.locator(byTestId(SELECTORS.expiringCount))).toHaveCount(3);
  await expectNoSeriousAxeViolations(page, "overview");
  await page.screenshot({ path: testInfo.outputPath("overview.png"), fullPage: true });

  // A tablet: the same screens stay usable at 768 px.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/contractors/${contractor.id}`);
  await expect(page.locator(byTestId(SELECTORS.certificateRow))).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("tablet-contractor.png"), fullPage: true });
  await page.goto(`/certificates/${cert.id}`);
  await expect(page.locator(`${byTestId(SELECTORS.pdfViewer)} canvas`).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("tablet-certificate.png"), fullPage: true });
});
