import { ApiClient, expect, test } from "../support/fixtures";
import { expectNoSeriousAxeViolations } from "./helpers/axe";
import { ADMIN_STATE, sharedOrg } from "./helpers/shared-session";
import { signIn } from "./helpers/sign-in";
import { createUser } from "./helpers/users";

test.describe("Settings → Audit log", () => {
  test.use({ storageState: ADMIN_STATE });

  test("an admin sees who did what, and filters by object", async ({ page, request }, testInfo) => {
    const api = new ApiClient(request, sharedOrg());
    const contractor = await api.createContractor({ company_name: "Audited Co" });
    await api.json(api.put(`/contractors/${contractor.id}`, { phone: "555-0199" }), 200);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.locator('[data-testid="audit-log-row"]').first()).toBeVisible();
    await page.getByLabel("Object ID").fill(contractor.id);
    await page.getByRole("button", { name: "Filter" }).click();
    const rows = page.locator('[data-testid="audit-log-row"]');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute("data-action", "contractor.updated");
    await expect(rows.nth(0)).toContainText("changed: [\"phone\"]");
    await expect(rows.nth(1)).toHaveAttribute("data-action", "contractor.created");
    await expect(rows.nth(1)).toContainText("api_key:key_");
    await expectNoSeriousAxeViolations(page, "audit log");
    await page.screenshot({ path: testInfo.outputPath("audit-log.png"), fullPage: true });
  });
});

test("a reviewer is told the audit log is for admins", async ({ page, api }) => {
  const reviewer = await createUser(api, "reviewer");
  await signIn(page, reviewer.email);
  await page.goto("/settings/audit-log");
  await expect(page.getByText("Only admins can see the audit log.")).toBeVisible();
  await expect(page.locator('[data-testid="audit-log-row"]')).toHaveCount(0);
});
