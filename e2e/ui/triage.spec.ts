import { expect, test } from "../support/fixtures";
import { blankPdf, fillablePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { paintedPixels } from "./helpers/canvas";
import { signIn } from "./helpers/sign-in";
import { createUser } from "./helpers/users";

const byTestId = (id: string) => `[data-testid="${id}"]`;

test("a reviewer works the triage queue by keyboard, oldest first, and the count goes down", async ({ page, api }, testInfo) => {
  await api.createRequirement({ is_default: true });
  const contractor = await api.createContractor();
  const failing = await fillablePdf((d) => {
    d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
  });
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const cert = await api.uploadPdf(contractor.id, failing, `flagged-${i}.pdf`);
    expect((await api.waitFinal(cert.id)).status).toBe("flagged");
    ids.push(cert.id);
  }
  const unreadable = await api.uploadPdf(contractor.id, await blankPdf(), "blank.pdf");
  expect((await api.waitFinal(unreadable.id)).status).toBe("error");
  ids.push(unreadable.id);

  const reviewer = await createUser(api, "reviewer");
  await signIn(page, reviewer.email);
  await page.getByRole("link", { name: "Review queue" }).click();
  const count = page.locator(byTestId(SELECTORS.triageCount));
  await expect(count).toHaveText("4 to review");
  const items = page.locator(byTestId(SELECTORS.triageItem));
  await expect(items).toHaveCount(4);
  await expect(items.first()).toHaveAttribute("data-certificate-id", ids[0]);
  const selected = page.locator(`${byTestId(SELECTORS.triageItem)}[aria-current="true"]`);
  await expect(selected).toHaveAttribute("data-certificate-id", ids[0]);
  await expect(page.locator(byTestId(SELECTORS.triageRule))).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, "review queue");
  await page.screenshot({ path: testInfo.outputPath("review-queue.png"), fullPage: true });

  await page.keyboard.press("j");
  await expect(selected).toHaveAttribute("data-certificate-id", ids[1]);
  await page.keyboard.press("k");
  await expect(selected).toHaveAttribute("data-certificate-id", ids[0]);

  // a: approve the selected (only) failed rule → the certificate is approved and leaves the queue.
  await expect(page.locator(byTestId(SELECTORS.triageRule))).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("a");
  await expect(count).toHaveText("3 to review");
  await expect(items).toHaveCount(3);
  await expect(selected).toHaveAttribute("data-certificate-id", ids[1]);

  // d: deny with a reason.
  await page.keyboard.press("d");
  const reason = page.getByLabel("Reason for denying");
  await expect(reason).toBeFocused();
  await reason.fill("Limits too low");
  await page.getByRole("button", { name: "Deny certificate" }).click();
  await expect(count).toHaveText("2 to review");
  await expect(selected).toHaveAttribute("data-certificate-id", ids[2]);

  // o: the PDF opens beside the failed rule.
  await page.keyboard.press("o");
  const canvas = page.locator(`${byTestId(SELECTORS.pdfViewer)} canvas`).first();
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  await expect(page.locator(byTestId(SELECTORS.pdfHighlight))).toHaveCount(1);
  await page.keyboard.press("j");
  await expect(selected).toHaveAttribute("data-certificate-id", ids[3]);
  await expect(page.getByText("Could not be read:")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "review queue with PDF");
  await page.screenshot({ path: testInfo.outputPath("review-queue-pdf.png"), fullPage: true });

  expect((await api.json(api.get(`/files/certificates/${ids[0]}?expand[]=review_results.full`), 200)).review_results.audit_results.find((a: { manually_approved: boolean }) => a.manually_approved).manually_approved_by).toBe(`user:${reviewer.email}`);
  expect(await api.json(api.get(`/files/certificates/${ids[1]}`), 200)).toMatchObject({ status: "denied", denied_reason: "Limits too low" });
});
