import "server-only";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { ApiClientError, type ApiClient } from "../api-client";
import { requireApiClient } from "../api-client/server";
import type { SessionUser } from "../auth/next-auth-options";

export type ActionError = { status: number; code: string; message: string };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Runs an action against the API as the signed-in user. API errors come back as values, not throws: Next hides
 * a thrown error's message in production, and people need the API's own words ("The file is not a PDF…").
 */
export async function runAction<T>(fn: (api: ApiClient, user: SessionUser) => Promise<T>): Promise<ActionResult<T>> {
  const { api, user } = await requireApiClient();
  try {
    return { ok: true, data: await fn(api, user) };
  } catch (err) {
    if (err instanceof ApiClientError) {
      // The API no longer accepts this person (disabled, or the organization is gone): back to sign-in.
      if (err.status === 401) redirect("/login");
      return { ok: false, error: { status: err.status, code: err.code, message: err.message } };
    }
    if (err instanceof ZodError) {
      const first = err.issues[0];
      return { ok: false, error: { status: 400, code: "invalid_input", message: `${first?.path.join(".") || "input"}: ${first?.message}` } };
    }
    throw err;
  }
}
