import { ZodError } from "zod";

export type ErrorCode =
  | "invalid_api_key"
  | "resource_not_found"
  | "invalid_input"
  | "missing_contractor_id"
  | "missing_certificate"
  | "invalid_contractor_id"
  | "invalid_file_type"
  | "invalid_mime_type"
  | "invalid_file_size"
  | "no_insurance_requirement_found"
  | "rate_limited"
  | "method_not_allowed"
  | "conflict"
  | "forbidden"
  | "internal_error";

/** The one error the API throws on purpose; everything else becomes a plain 500. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** For 429s: how long the client should wait, sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string, id?: string) =>
  new ApiError(404, "resource_not_found", id ? `No such ${what}: '${id}'` : `No such ${what}`);

/**
 * For `.catch()`: turns "not found" into `replacement` (a 400 naming the bad reference, say) and lets every other
 * failure through unchanged, so a database outage stays a 5xx instead of posing as the client's mistake.
 */
export const whenNotFound =
  (replacement: () => ApiError) =>
  (err: unknown): never => {
    if (err instanceof ApiError && err.status === 404) throw replacement();
    throw err;
  };

/** A 429 `rate_limited`; every one carries `Retry-After` (whole seconds, at least 1). */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new ApiError(429, "rate_limited", message, Math.max(1, Math.ceil(retryAfterSeconds)));

export const invalidInput = (message: string) => new ApiError(400, "invalid_input", message);

export function zodToApiError(err: ZodError): ApiError {
  const first = err.issues[0];
  const where = first?.path.length ? first.path.join(".") : "body";
  const extra = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more problem(s))` : "";
  return invalidInput(`Invalid value for '${where}': ${first?.message ?? "invalid"}${extra}`);
}

export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) {
    const headers: Record<string, string> = {};
    if (err.status === 429) headers["Retry-After"] = String(err.retryAfterSeconds ?? 1);
    return Response.json({ message: err.message, error_code: err.code }, { status: err.status, headers });
  }
  if (err instanceof ZodError) return errorResponse(zodToApiError(err));
  console.error("[api] unhandled error:", err);
  return Response.json(
    { message: "Something went wrong on our side. Try again; if it persists, contact support.", error_code: "internal_error" },
    { status: 500 },
  );
}
