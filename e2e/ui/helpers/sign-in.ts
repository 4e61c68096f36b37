import { expect, type Page } from "@playwright/test";

export const PASSWORD = "test-password-1";

/** Through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/contractors/);
}
