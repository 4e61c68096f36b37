import { expect, test } from "../support/fixtures";
import { signIn } from "./helpers/sign-in";

test("Settings → API keys shows when each key was last used", async ({ page, api, org }) => {
  await api.json(api.get("/contractors"), 200); // the org's own key, used just now
  const unused = await api.json(api.post("/api_keys", { name: "Never used key" }), 201);
  await signIn(page, org.admin.email);
  await page.goto("/settings/api-keys");
  const ownKey = (await api.json(api.get("/api_keys?limit=100"), 200)).data.find((k: { prefix: string }) => org.secret_key.startsWith(k.prefix));
  await expect(page.locator(`[data-key-id="${ownKey.id}"]`)).toContainText(/last used \w{3} \d+, \d{4}/);
  await expect(page.locator(`[data-key-id="${unused.id}"]`)).toContainText("never used");
});
