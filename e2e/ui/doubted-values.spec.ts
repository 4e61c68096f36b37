import { PDFDocument, StandardFonts } from "pdf-lib";
import { ApiClient, expect, test } from "../support/fixtures";
import { REAL_FORM_MISSING, realSamplePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { ADMIN_STATE, sharedOrg } from "./helpers/shared-session";

test.use({ storageState: ADMIN_STATE });

const byTestId = (id: string) => `[data-testid="${id}"]`;

// A value the reader doubts is shown as such beside the PDF: "needs review", how sure it was, and why; and the
// rule relying on it asks a person instead of passing. The certificate is the sample on the real form (../shared)
// with a second amount printed over its EACH OCCURRENCE limit.
test("a limit printed over another is shown as needing review, with the reason, and its rule asks a person", async ({ page, request }) => {
  test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
  const doc = await PDFDocument.load(realSamplePdf("flattened"));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.getPage(0).drawText("2,000,000", { x: 528.5, y: 482.5, size: 7, font });
  const api = new ApiClient(request, sharedOrg());
  // Its own name: other specs share this organization and count their contractors by name.
  const contractor = await api.createContractor({ company_name: "Doubted Values LLC" });
  const cert = await api.waitFinal((await api.uploadPdf(contractor.id, await doc.save(), "overprinted.pdf")).id);
  expect(cert.status).toBe("flagged");

  await page.goto(`/certificates/${cert.id}`);
  const field = page.locator(`${byTestId(SELECTORS.parsedField)}[data-path="coverages.commercial_general_liability.limits.each_occurrence_dollars"]`);
  await expect(field).toBeVisible();
  const doubt = page.locator(byTestId(SELECTORS.lowConfidence)).filter({ hasText: "printed over other text" });
  await expect(doubt).toHaveCount(1);
  await expect(doubt).toContainText("needs review");
  const rule = page.locator(`${byTestId(SELECTORS.auditRule)}[data-result="failed"]`).filter({ hasText: "printed over other text" });
  await expect(rule).toHaveCount(1);
  await expect(rule).toContainText("review the certificate manually");
});
