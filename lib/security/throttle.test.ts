import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase } from "../db/embedded-test-database";

// The throttle against a real embedded database, with a 200 ms base wait so backoffs pass in a test's time.

const database = embeddedTestDatabase("throttle", { AUTH_THROTTLE_BASE_MS: "200", AUTH_THROTTLE_MAX_MS: "1000" });

type Mods = { db: typeof import("../db/client"); t: typeof import("./throttle"); signIn: typeof import("./sign-in-throttle") };
let m: Mods;

beforeAll(async () => {
  const db = await database.migrate();
  m = { db, t: await import("./throttle"), signIn: await import("./sign-in-throttle") };
}, 60_000);

afterAll(async () => {
  await database.remove();
});

const unique = (what: string) => `${what}-${Math.random().toString(36).slice(2)}`;
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
};

describe("throttle", () => {
  it("lets the free failures through, then makes each next one wait twice as long, up to the cap", async () => {
    // A scope of its own, so its one row can be read back: the wait each failure set, free of timing.
    const subject = { rule: { scope: unique("backoff"), free: 3 }, value: unique("s") };
    const setWait = async () => {
      const { rows } = await m.db.executeSql(
        `select round(extract(epoch from blocked_until - last_failure_at) * 1000)::int as ms from auth_throttles where key like $1`,
        [`${subject.rule.scope}:%`],
      );
      return (rows[0] as { ms: number }).ms;
    };
    for (let i = 0; i < 2; i++) expect(await m.t.countFailure(subject)).toBeNull();
    expect(await m.t.throttled([subject])).toBeNull();
    expect(await m.t.countFailure(subject)).toBeNull(); // the third: counted, and from now on it waits
    expect(await setWait()).toBe(200);
    expect((await m.t.throttled([subject]))!.waitMs).toBeLessThanOrEqual(200);
    // while it waits nothing is counted: the refusal says how long is left
    expect((await m.t.countFailure(subject))!.waitMs).toBeLessThanOrEqual(200);
    const waits: number[] = [];
    for (let n = 0; n < 4; n++) {
      await until(async () => (await m.t.throttled([subject])) === null);
      expect(await m.t.countFailure(subject)).toBeNull();
      waits.push(await setWait());
    }
    expect(waits).toEqual([400, 800, 1000, 1000]);
  });

  it("keeps subjects and scopes apart, and forgets a cleared one", async () => {
    const a = { rule: { scope: "test", free: 1 }, value: unique("a") };
    const sameValueOtherScope = { rule: { scope: "other", free: 1 }, value: a.value };
    expect(await m.t.countFailure(a)).toBeNull();
    expect(await m.t.throttled([a])).not.toBeNull();
    expect(await m.t.throttled([sameValueOtherScope])).toBeNull();
    expect(await m.t.throttled([sameValueOtherScope, a])).not.toBeNull();
    await m.t.clearThrottle(a);
    expect(await m.t.throttled([a])).toBeNull();
  });

  it("parallel attempts cannot all slip in before the first one sets the wait", async () => {
    const subject = { rule: { scope: "test", free: 2 }, value: unique("race") };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => m.t.countFailure(subject)));
    expect(outcomes.filter((o) => o === null)).toHaveLength(2);
  });
});

describe("throttledSignIn", () => {
  const headers = (ip: string) => ({ "x-forwarded-for": ip });
  const wrong = async () => null;
  const right = async () => ({ id: "user" });

  it("refuses the right password while the account waits, without checking it, and lets it in afterwards", async () => {
    const email = `${unique("u")}@example.com`;
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) expect(await m.signIn.throttledSignIn({ email, headers: headers(ip), verify: wrong })).toBeNull();
    let checked = false;
    const refused = m.signIn.throttledSignIn({ email: ` ${email.toUpperCase()} `, headers: headers(ip), verify: async () => ((checked = true), { id: "user" }) });
    await expect(refused).rejects.toThrow(/^TooManyAttempts:\d+$/);
    expect(checked).toBe(false);
    await until(async () => (await m.t.throttled([{ rule: m.t.THROTTLE_RULES.signInAccount, value: email }])) === null);
    expect(await m.signIn.throttledSignIn({ email, headers: headers(ip), verify: right })).toEqual({ id: "user" });
    // a success forgets the account's failures: five free ones again
    for (let i = 0; i < 4; i++) expect(await m.signIn.throttledSignIn({ email, headers: headers(ip), verify: wrong })).toBeNull();
  });

  it("slows one address trying many accounts, and counts only its failures", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    // successes from the address never count against it
    for (let i = 0; i < 60; i++) await m.signIn.throttledSignIn({ email: `${unique("ok")}@example.com`, headers: headers(ip), verify: right });
    expect(await m.t.throttled([{ rule: m.t.THROTTLE_RULES.signInIp, value: ip }])).toBeNull();
    for (let i = 0; i < 50; i++) await m.signIn.throttledSignIn({ email: `${unique("spray")}@example.com`, headers: headers(ip), verify: wrong });
    await expect(m.signIn.throttledSignIn({ email: `${unique("fresh")}@example.com`, headers: headers(ip), verify: right })).rejects.toThrow(/^TooManyAttempts:/);
    // another address is not slowed by it
    expect(await m.signIn.throttledSignIn({ email: `${unique("fresh")}@example.com`, headers: headers("192.0.2.7"), verify: right })).toEqual({ id: "user" });
  });
});
