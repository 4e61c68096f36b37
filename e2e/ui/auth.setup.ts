import { expect, test } from "../support/fixtures";
import { ADMIN_STATE, saveSharedOrg } from "./helpers/shared-session";
import { signIn } from "./helpers/sign-in";

// Signs an admin in once through the form; the reviewer-flow spec reuses the saved session and its organization.
test("sign in as an organization's admin and keep the session", async ({ page, api, org }) => {
  await api.createRequirement({ is_default: true });
  await signIn(page, org.admin.email);
  await expect(page.getByRole("heading", { name: "Contractors" })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STATE });
  saveSharedOrg(org);
});
