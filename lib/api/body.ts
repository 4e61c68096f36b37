import qs from "qs";
import { ApiError, invalidInput } from "./errors";
import { refuseNulInBody } from "./nul-guard";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON or form body into a plain object. Form bodies accept bracket notation as 1099Policy's clients send
 * it (`address[line1]=…`, `custom_metadata[team]=…`).
 */
export async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await parseBody(req);
  refuseNulInBody(body);
  return body;
}

async function parseBody(req: Request): Promise<Record<string, unknown>> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new ApiError(413, "invalid_input", "Request body is larger than 1 MB.");
  if (type === "multipart/form-data") {
    const form = await req.formData().catch(() => {
      throw invalidInput("Could not read the multipart body.");
    });
    const pairs: string[] = [];
    form.forEach((value, key) => {
      if (typeof value === "string") pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    });
    return qs.parse(pairs.join("&"), { depth: 3, arrayLimit: 100 }) as Record<string, unknown>;
  }
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError(413, "invalid_input", "Request body is larger than 1 MB.");
  if (!text.trim()) return {};
  if (type === "application/json" || (!type && /^\s*[{[]/.test(text))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw invalidInput("The request body is not valid JSON.");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw invalidInput("The request body must be a JSON object.");
    }
    return parsed as Record<string, unknown>;
  }
  if (type === "application/x-www-form-urlencoded" || !type) {
    return qs.parse(text, { depth: 3, arrayLimit: 100 }) as Record<string, unknown>;
  }
  throw invalidInput(
    `Unsupported Content-Type '${type}'. Send application/json, application/x-www-form-urlencoded or multipart/form-data.`,
  );
}
