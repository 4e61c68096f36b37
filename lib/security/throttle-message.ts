// How a throttled sign-in travels from `authorize()` to the login form: next-auth 4 turns an error thrown there
// into the `error` parameter of its answer, so the wait rides in that string. No server imports: the form uses it.
const PREFIX = "TooManyAttempts:";

export const throttledSignInError = (retryAfterSeconds: number) => `${PREFIX}${retryAfterSeconds}`;

/** The seconds to wait when `error` is a throttled sign-in, else null. */
export function parseThrottledSignIn(error: string | null | undefined): number | null {
  if (!error?.startsWith(PREFIX)) return null;
  const seconds = Number(error.slice(PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

export const throttledSignInMessage = (seconds: number) => `Too many attempts, try again in ${seconds} s.`;
