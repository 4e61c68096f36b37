import { expect, test } from "../support/fixtures";
import { idsOf, seedOrgObjects } from "../support/org-objects";
import { dashboardRoutes, segmentNames } from "../support/routes";
import { signIn } from "./helpers/sign-in";

// Every dashboard page and route handler, found from the files: organization B's admin, signed in, asks for each
// with organization A's IDs and gets "not found", never A's data; pages without IDs never show A's data either.

// How a dashboard segment is filled with A's object.
const SEGMENTS: Record<string, "contractors" | "certificates"> = { contractorId: "contractors", certificateId: "certificates" };
// Pages that only redirect or need a POST body; checked below by hand or through the API spec.
const WRITE_ONLY = new Set(["POST /certificates/upload"]);

test("organization B's user gets not-found for A's dashboard pages and never sees A's data", async ({ page, api, freshApi }) => {
  const a = await seedOrgObjects(api, "DashOrgA");
  const b = freshApi();
  await signIn(page, b.org.admin.email);
  const aIds = idsOf(a);
  const problems: string[] = [];

  for (const route of dashboardRoutes()) {
    for (const method of route.methods) {
      const label = `${method} ${route.template}`;
      if (WRITE_ONLY.has(label)) continue;
      const names = segmentNames(route.template);
      const unmapped = names.filter((n) => !SEGMENTS[n]);
      if (unmapped.length) {
        problems.push(`${route.file}: no ID mapping for [${unmapped.join("], [")}]`);
        continue;
      }
      const url = route.template.replace(/\[([^\]]+)\]/g, (_, n: string) => a[SEGMENTS[n]]);
      if (route.file.endsWith("route.ts")) {
        const res = await page.request.fetch(url, { method });
        if (res.status() !== 404) problems.push(`${label} with A's IDs: ${res.status()}`);
        continue;
      }
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const html = await page.content();
      const text = await page.locator("body").innerText();
      if (html.includes(a.marker)) problems.push(`${url} shows A's "${a.marker}"`);
      // The URL's own ID may sit in Next's route data; visible text must not show any of A's IDs.
      const shown = aIds.filter((id) => text.includes(id));
      if (shown.length) problems.push(`${url} shows A's ${shown.join(", ")}`);
      if (names.length && !(await page.getByText("Not found", { exact: true }).isVisible())) problems.push(`${url} is not a not-found page`);
    }
  }

  // The upload proxy with A's contractor is refused like the API refuses it.
  const upload = await page.request.post("/certificates/upload", {
    multipart: { contractor: a.contractors, certificate: { name: "c.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") } },
  });
  expect(upload.status()).toBe(400);
  expect(await upload.json()).toMatchObject({ error_code: "invalid_contractor_id" });
  expect(problems).toEqual([]);
});
