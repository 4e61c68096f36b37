import { clientIp } from "../api/audit";
import { rateLimited } from "../api/errors";
import { countFailure, retryAfterSeconds, throttled, THROTTLE_RULES, type ThrottleSubject } from "./throttle";

// What a stored key's prefix covers ("cd_live_" and four characters): guesses aimed at one key share it.
const PREFIX_LENGTH = 12;

/**
 * Called when a presented API key matched nothing: counts the failure against the client's address and the key's
 * prefix, or, once either has used up its free failures and must wait, answers 429 `rate_limited` with
 * `Retry-After` instead of 401. A valid key is looked up first and never refused here: keys carry 190 random
 * bits, so guessing is not what this stops; it keeps scanners noisy and slow without letting anyone lock an
 * integration out by failing next to it (behind the same NAT, or with its prefix).
 */
export async function throttleBadApiKey(req: Request, secret: string): Promise<void> {
  const ip = clientIp(req);
  const subjects: ThrottleSubject[] = [
    { rule: THROTTLE_RULES.apiKeyPrefix, value: secret.slice(0, PREFIX_LENGTH) },
    ...(ip ? [{ rule: THROTTLE_RULES.apiKeyIp, value: ip }] : []),
  ];
  const waiting = await throttled(subjects);
  if (waiting) {
    throw rateLimited("Too many requests with invalid API keys; wait before trying again.", retryAfterSeconds(waiting));
  }
  for (const subject of subjects) await countFailure(subject);
}
