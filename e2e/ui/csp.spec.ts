import { ApiClient, expect, test } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { paintedPixels } from "./helpers/canvas";
import { ADMIN_STATE, sharedOrg } from "./helpers/shared-session";

test.use({ storageState: ADMIN_STATE });

// The dashboard under its real CSP: the certificate page (react-pdf, its worker, Next's inline scripts) still
// draws the PDF, and the browser reports no violation and no console error.
test("the certificate page renders the PDF under the CSP with no violations", async ({ page, request }) => {
  const api = new ApiClient(request, sharedOrg());
  const contractor = await api.createContractor({ company_name: "CSP Check LLC" });
  const cert = await api.waitFinal((await api.uploadPdf(contractor.id, await fillablePdf(), "csp.pdf")).id);

  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(`${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => consoleErrors.push(e.message));

  const res = await page.goto(`/certificates/${cert.id}`);
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");

  const canvas = page.locator(`[data-testid="${SELECTORS.pdfViewer}"] canvas`).first();
  await expect(canvas).toBeVisible();
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  // Hydrated: a client-side interaction works (a rule click outlines its source on the PDF).
  await page.locator(`[data-testid="${SELECTORS.auditRule}"]`).first().click();
  await expect(page.locator(`[data-testid="${SELECTORS.pdfHighlight}"]`).first()).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
