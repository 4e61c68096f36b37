import { ApiClient, expect, test } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { paintedPixels } from "./helpers/canvas";
import { ADMIN_STATE, sharedOrg } from "./helpers/shared-session";

const byTestId = (id: string) => `[data-testid="${id}"]`;

test.use({ storageState: ADMIN_STATE });

// The whole path a reviewer follows, in order; each step leaves the data the next one works on.
test.describe.serial("a reviewer's day", () => {
  let contractorUrl = "";

  test("creates a contractor from the dashboard", async ({ page }, testInfo) => {
    await page.goto("/contractors");
    await page.getByRole("link", { name: "New contractor" }).click();
    await page.getByLabel("First name").fill("Jane");
    await page.getByLabel("Last name").fill("Smith");
    await page.getByLabel("Company").fill("Acme Corporation LLC");
    await page.getByLabel("Email").fill(`jane-${Date.now()}@acme.example`);
    await expectNoSeriousAxeViolations(page, "new contractor form");
    await page.screenshot({ path: testInfo.outputPath("contractor-new.png"), fullPage: true });
    await page.getByRole("button", { name: "Create contractor" }).click();
    await expect(page.getByRole("heading", { name: "Acme Corporation LLC" })).toBeVisible();
    await expect(page.getByText("No certificates yet")).toBeVisible();
    contractorUrl = page.url();
  });

  test("drops two certificates and three bad files; badges move to approved and flagged", async ({ page }, testInfo) => {
    await page.goto(contractorUrl);
    const passing = Buffer.from(await fillablePdf());
    const failing = Buffer.from(
      await fillablePdf((d) => {
        d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
      }),
    );
    const oversized = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(15 * 1024 * 1024 + 10, 32)]);
    await page.locator(`${byTestId(SELECTORS.dropzone)} input[type=file]`).setInputFiles([
      { name: "passing.pdf", mimeType: "application/pdf", buffer: passing },
      { name: "failing.pdf", mimeType: "application/pdf", buffer: failing },
      { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a certificate") },
      { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("this is not a PDF at all") },
      { name: "huge.pdf", mimeType: "application/pdf", buffer: oversized },
    ]);
    const row = (name: string) => page.locator(byTestId(SELECTORS.uploadRow)).filter({ hasText: name });
    await expect(row("notes.txt")).toContainText("The file must have a .pdf extension");
    await expect(row("broken.pdf")).toContainText("does not begin with %PDF");
    await expect(row("huge.pdf")).toContainText("larger than the 15 MB limit");
    await expect(row("passing.pdf").locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "approved");
    await expect(row("failing.pdf").locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "flagged");

    const certRow = (name: string) => page.locator(byTestId(SELECTORS.certificateRow)).filter({ hasText: name });
    await expect(page.locator(byTestId(SELECTORS.certificateRow))).toHaveCount(2);
    await expect(certRow("passing.pdf").locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "approved");
    await expect(certRow("failing.pdf").locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "flagged");
    await expectNoSeriousAxeViolations(page, "contractor page");
    await page.screenshot({ path: testInfo.outputPath("contractor-page.png"), fullPage: true });
  });

  test("opens the flagged one: PDF beside the data and rules; approves the failed rule", async ({ page }, testInfo) => {
    await page.goto(contractorUrl);
    await page.getByRole("link", { name: "failing.pdf" }).click();
    await expect(page.getByRole("heading", { name: "failing.pdf" })).toBeVisible();
    await expect(page.locator(byTestId(SELECTORS.certificateStatus)).locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "flagged");

    const canvas = page.locator(`${byTestId(SELECTORS.pdfViewer)} canvas`).first();
    await expect(canvas).toBeVisible();
    await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
    const failedRule = page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="failed"]`);
    await expect(failedRule).toHaveCount(1);
    await expect(failedRule).toContainText("each occurrence");
    await expect(page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="passed"]`).first()).toBeVisible();
    await expect(page.locator(byTestId(SELECTORS.parsedField)).filter({ hasText: "Acme Corporation LLC" }).first()).toBeVisible();

    // Selecting the rule points at where the limit was read.
    await failedRule.getByRole("button", { pressed: false }).first().click();
    await expect(page.locator(byTestId(SELECTORS.pdfHighlight))).toHaveCount(1);
    await expectNoSeriousAxeViolations(page, "certificate detail");
    await page.screenshot({ path: testInfo.outputPath("certificate-flagged.png"), fullPage: true });

    await page.getByRole("tab", { name: "Raw JSON" }).click();
    await expect(page.locator(byTestId(SELECTORS.rawJson))).toContainText('"each_occurrence_dollars": 500000');
    await page.getByRole("tab", { name: "Readable" }).click();

    await failedRule.getByRole("button", { name: /^Approve rule/ }).click();
    const approved = page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="manually_approved"]`);
    await expect(approved).toHaveCount(1);
    await expect(approved).toContainText("Manually approved");
    await expect(approved).toContainText(`Approved by ${sharedOrg().admin.email}`);
    await expect(page.locator(byTestId(SELECTORS.certificateStatus)).locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "approved");
    // Neither green nor red.
    const background = await approved.evaluate((el) => getComputedStyle(el).backgroundColor);
    const passedBackground = await page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="passed"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(passedBackground);
    await expectNoSeriousAxeViolations(page, "certificate approved");
    await page.screenshot({ path: testInfo.outputPath("certificate-manually-approved.png"), fullPage: true });
  });

  test("denies the other certificate with a reason", async ({ page, request }, testInfo) => {
    await page.goto(contractorUrl);
    await page.getByRole("link", { name: "passing.pdf" }).click();
    await page.getByLabel("Reason for denying").fill("Holder address is wrong");
    await page.getByRole("button", { name: "Deny certificate" }).click();
    await expect(page.locator(byTestId(SELECTORS.certificateStatus)).locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", "denied");
    await expect(page.getByText("Denied: Holder address is wrong")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("certificate-denied.png"), fullPage: true });

    const api = new ApiClient(request, sharedOrg());
    const id = page.url().split("/").pop()!;
    const cert = await api.json(api.get(`/files/certificates/${id}`), 200);
    expect(cert).toMatchObject({ status: "denied", denied_reason: "Holder address is wrong" });
  });

  test("the contractors list shows the contractor's compliance and finds it by search", async ({ page }, testInfo) => {
    await page.goto("/contractors");
    await page.getByLabel("Search contractors").fill("acme corp");
    const row = page.locator(byTestId(SELECTORS.contractorRow)).filter({ hasText: "Acme Corporation LLC" });
    await expect(row).toHaveCount(1);
    await expect(row.locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", /approved|denied/);
    await page.getByLabel("Search contractors").fill("nobody-by-this-name");
    await expect(page.getByText("No contractor matches")).toBeVisible();
    await page.getByLabel("Search contractors").fill("");
    await expectNoSeriousAxeViolations(page, "contractors list");
    await page.screenshot({ path: testInfo.outputPath("contractors.png"), fullPage: true });
  });
});
