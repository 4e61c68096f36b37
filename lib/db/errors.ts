/**
 * An error and its causes, outermost first: drizzle wraps the driver's error (which carries PostgreSQL's code) in
 * its own, so a check for a code or message must look down the chain. Bounded, in case of a cycle.
 */
export function* errorChain(err: unknown): Generator<{ code?: string; message?: string }> {
  for (let e = err as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    yield e;
  }
}

/** PostgreSQL's unique_violation (23505), wherever it sits in the chain. */
export const isUniqueViolation = (err: unknown): boolean => [...errorChain(err)].some((e) => e.code === "23505");
