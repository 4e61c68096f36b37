import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restrictDataDir } from "./private-files";

const mode = (p: string) => fs.lstatSync(p).mode & 0o777;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-modes-"));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("restrictDataDir", () => {
  it("makes an existing install's directories 0700 and files 0600, and leaves links alone", () => {
    // As an install from before the rule left it: world-readable everywhere.
    const data = path.join(root, "data");
    fs.mkdirSync(path.join(data, "files", "org_a"), { recursive: true, mode: 0o755 });
    fs.mkdirSync(path.join(data, "pglite", "base"), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(data, "files", "org_a", "ci_1.pdf"), "%PDF", { mode: 0o644 });
    fs.writeFileSync(path.join(data, "pglite", "base", "1259"), "x", { mode: 0o666 });
    fs.writeFileSync(path.join(data, "auth-secret"), "s", { mode: 0o644 });
    const outside = path.join(root, "outside.txt");
    fs.writeFileSync(outside, "not ours", { mode: 0o644 });
    fs.symlinkSync(outside, path.join(data, "link"));
    for (const d of [data, path.join(data, "files"), path.join(data, "files", "org_a")]) fs.chmodSync(d, 0o755);

    restrictDataDir(data);

    for (const d of ["", "files", "files/org_a", "pglite", "pglite/base"]) expect([d, mode(path.join(data, d))]).toEqual([d, 0o700]);
    for (const f of ["files/org_a/ci_1.pdf", "pglite/base/1259", "auth-secret"]) expect([f, mode(path.join(data, f))]).toEqual([f, 0o600]);
    expect(mode(outside)).toBe(0o644);
  });

  it("creates a missing DATA_DIR 0700, and new files are private by umask", () => {
    const fresh = path.join(root, "fresh", "data");
    restrictDataDir(fresh);
    expect(mode(fresh)).toBe(0o700);
    fs.writeFileSync(path.join(fresh, "new"), "x"); // no mode given, as PGlite writes
    fs.mkdirSync(path.join(fresh, "sub"));
    expect(mode(path.join(fresh, "new"))).toBe(0o600);
    expect(mode(path.join(fresh, "sub"))).toBe(0o700);
  });
});
