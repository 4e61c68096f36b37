import { expect, test } from "../support/fixtures";
import { createUser } from "./helpers/users";

test("after five wrong passwords the login form says how long to wait, and the right one is refused meanwhile", async ({ page, api }) => {
  const user = await createUser(api, "viewer");
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  const submit = async (password: string) => {
    await page.getByLabel("Password").fill(password);
    // One attempt at a time: wait for next-auth's answer, then for the form to take input again.
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  const throttled = page.getByText(/^Too many attempts, try again in \d+ s\.$/);
  for (let i = 0; i < 5; i++) {
    await submit(`wrong-${i}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  // Five free failures, then the account waits (3 s on the test server): the next attempt is refused unchecked.
  await submit("test-password-1");
  await expect(throttled).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
