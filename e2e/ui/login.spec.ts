import { expect, test } from "../support/fixtures";

test.describe("dashboard sign-in", () => {
  test("an organization's admin signs in at /login, sees its contractors, and signs out", async ({ page, api, org }, testInfo) => {
    await api.createContractor({ email: "visible@example.com", company_name: "Visible Contracting LLC" });

    await page.goto("/contractors");
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Email").fill(org.admin.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

    await page.getByLabel("Password").fill("test-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/contractors/);
    await expect(page.getByRole("heading", { name: "Contractors" })).toBeVisible();
    await expect(page.getByText("Visible Contracting LLC")).toBeVisible();
    await expect(page.getByText(`${org.admin.email} · admin`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("contractors.png"), fullPage: true });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/contractors");
    await expect(page).toHaveURL(/\/login/);
  });
});
