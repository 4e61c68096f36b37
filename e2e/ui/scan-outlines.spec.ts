import type { Locator } from "@playwright/test";
import { ApiClient, expect, test } from "../support/fixtures";
import { REAL_BLANKS_MISSING, scanCasePdf } from "../support/certificates";
import { SELECTORS } from "../../lib/constants/selectors";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { paintedPixels } from "./helpers/canvas";
import { ADMIN_STATE, sharedOrg } from "./helpers/shared-session";

test.use({ storageState: ADMIN_STATE });

const byTestId = (id: string) => `[data-testid="${id}"]`;
const GL_EACH_OCCURRENCE = "coverages.commercial_general_liability.limits.each_occurrence_dollars";

// Issue 11: a scan dropped on the contractor page reaches its final status, and its detail page outlines every value
// where it was read, a doubted one dashed. What OCR made of each value is the scan bench's business, not this spec's:
// it checks the path from the dashboard and that the frames sit on the page.
const CASES = [
  // Upright, 200 dpi, with a general liability section.
  { id: "scan-reprinted-013", paths: ["insured.name", GL_EACH_OCCURRENCE] },
  // Stored sideways under /Rotate 270, as the real 300 dpi scan of ../shared is: boxes must follow the turned page.
  { id: "scan-2025-010", paths: ["insured.name"] },
];

type Rect = { x: number; y: number; width: number; height: number };
const rectsOf = (l: Locator) => l.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));

for (const c of CASES) {
  test(`${c.id}: uploaded through the dashboard, its values are outlined where they were read`, async ({ page, request }, testInfo) => {
    test.skip(!!REAL_BLANKS_MISSING, REAL_BLANKS_MISSING ?? "");
    // OCR on a machine that may be busy: a generous ceiling, never a measured time.
    test.setTimeout(240_000);
    const pdf = Buffer.from(scanCasePdf(c.id));
    const name = `${c.id}.pdf`;
    const contractor = await new ApiClient(request, sharedOrg()).createContractor({ company_name: `Scan Outlines ${c.id}` });

    await page.goto(`/contractors/${contractor.id}`);
    await page.locator(`${byTestId(SELECTORS.dropzone)} input[type=file]`).setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
    const row = page.locator(byTestId(SELECTORS.uploadRow)).filter({ hasText: name });
    await expect(row.locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", /^(approved|flagged)$/, { timeout: 200_000 });

    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.locator(byTestId(SELECTORS.certificateStatus)).locator(byTestId(SELECTORS.statusBadge))).toHaveAttribute("data-status", /^(approved|flagged)$/);
    const canvas = page.locator(`${byTestId(SELECTORS.pdfViewer)} canvas`).first();
    await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);

    const outlines = page.locator(byTestId(SELECTORS.pdfOutline));
    await expect.poll(() => outlines.count()).toBeGreaterThan(20);
    for (const path of c.paths) {
      await expect(page.locator(`${byTestId(SELECTORS.pdfOutline)}[data-path="${path}"]`)).toHaveCount(1);
    }
    await expect(page.locator(`${byTestId(SELECTORS.pdfOutline)}[data-path="insured.name"]`)).toHaveAttribute("title", /^Insured › Name/);

    // Every frame lies on the page as drawn (each stands 2 px clear of its box).
    const pageBox = (await canvas.boundingBox())!;
    for (const r of await rectsOf(outlines)) {
      expect(r.width).toBeGreaterThan(0);
      expect(r.x).toBeGreaterThanOrEqual(pageBox.x - 3);
      expect(r.y).toBeGreaterThanOrEqual(pageBox.y - 3);
      expect(r.x + r.width).toBeLessThanOrEqual(pageBox.x + pageBox.width + 3);
      expect(r.y + r.height).toBeLessThanOrEqual(pageBox.y + pageBox.height + 3);
    }

    // The values shown as needing review beside the PDF are exactly the dashed frames on it.
    const doubtedFields = page.locator(`${byTestId(SELECTORS.parsedField)}:has(+ ${byTestId(SELECTORS.lowConfidence)})`);
    const doubtedFrames = page.locator(`${byTestId(SELECTORS.pdfOutline)}[data-doubt="true"]`);
    const pathsOf = async (l: Locator) => (await l.evaluateAll((els) => els.map((e) => e.getAttribute("data-path") ?? ""))).sort();
    expect(await pathsOf(doubtedFrames)).toEqual(await pathsOf(doubtedFields));
    if ((await doubtedFrames.count()) > 0) {
      await expect(doubtedFrames.first()).toHaveCSS("border-top-style", "dashed");
      await expect(doubtedFrames.first()).toHaveAttribute("title", /needs review/);
    }
    await expect(page.locator(`${byTestId(SELECTORS.pdfOutline)}[data-doubt="false"]`).first()).toHaveCSS("border-top-style", "solid");
    await expectNoSeriousAxeViolations(page, `outlines of ${c.id}`);
    await page.screenshot({ path: testInfo.outputPath(`${c.id}-outlined.png`), fullPage: true });
    await page.locator(byTestId(SELECTORS.pdfViewer)).screenshot({ path: testInfo.outputPath(`${c.id}-viewer.png`) });

    // Clicking a frame selects its field, highlighted as a selected rule's is.
    await page.locator(`${byTestId(SELECTORS.pdfOutline)}[data-path="insured.name"]`).click();
    await expect(page.locator(`${byTestId(SELECTORS.parsedField)}[data-path="insured.name"]`)).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(byTestId(SELECTORS.pdfHighlight))).toHaveCount(1);

    // The frames can be put away; the selection's highlight stays.
    const toggle = page.getByLabel("Show where values were read");
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(outlines).toHaveCount(0);
    await expect(page.locator(byTestId(SELECTORS.pdfHighlight))).toHaveCount(1);
    await toggle.check();
    await expect.poll(() => outlines.count()).toBeGreaterThan(20);
  });
}
