import { clientIp } from "../api/audit";
import { throttledSignInError } from "./throttle-message";
import { clearThrottle, countFailure, retryAfterSeconds, throttled, THROTTLE_RULES, type ThrottleSubject } from "./throttle";

export type ThrottledSignInOptions<T> = {
  email: string;
  /** The sign-in request's headers, as next-auth hands them to `authorize()`. */
  headers: Record<string, string> | undefined;
  verify: () => Promise<T | null>;
};

/**
 * Runs a credentials check under the sign-in throttle: per account (the normalised email, known or not, so the
 * throttle says nothing about which accounts exist) and per client address. While either must wait, the attempt
 * is refused before the password is looked at, the right one included. The account's attempt is counted before
 * the check (so parallel guesses cannot overtake the count) and forgotten on success; the address counts only
 * failures, so people signing in from one office never slow each other down.
 */
export async function throttledSignIn<T>({ email, headers, verify }: ThrottledSignInOptions<T>): Promise<T | null> {
  const account: ThrottleSubject = { rule: THROTTLE_RULES.signInAccount, value: email.trim().toLowerCase() };
  const ip = clientIp(new Request("http://localhost/", { headers: headers ?? {} }));
  const address: ThrottleSubject[] = ip ? [{ rule: THROTTLE_RULES.signInIp, value: ip }] : [];
  const refusal = (await throttled(address)) ?? (await countFailure(account));
  // next-auth passes a thrown error's message to the client as `error`; see lib/security/throttle-message.ts.
  if (refusal) throw new Error(throttledSignInError(retryAfterSeconds(refusal)));
  const user = await verify();
  if (user) await clearThrottle(account);
  else if (address.length) await countFailure(address[0]);
  return user;
}
