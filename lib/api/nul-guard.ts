import { ApiError, invalidInput } from "./errors";

// PostgreSQL text cannot hold U+0000: a NUL in an ID, a filter or a field would reach the database as a query
// error (a 500). Refused at the edge instead, for every route at once.

const hasNul = (s: string) => s.includes("\u0000");

/** Path parameters are IDs: one with a NUL cannot exist. Query parameters are input: one with a NUL is invalid. */
export function refuseNulInRequest(url: URL, params: Record<string, string | string[]>): void {
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some(hasNul)) throw new ApiError(404, "resource_not_found", `No such object: the ${name} in the URL contains a NUL character.`);
  }
  for (const [name, value] of url.searchParams) {
    if (hasNul(name) || hasNul(value)) throw invalidInput(`Query parameter '${name.replace(/\u0000/g, "\\u0000")}' contains a NUL character.`);
  }
}

/** Walks a parsed body (JSON or form) without recursion, so a deeply nested one cannot overflow the stack. */
export function refuseNulInBody(body: unknown): void {
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (hasNul(value)) throw invalidInput("Text in the request body may not contain NUL (\\u0000) characters.");
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (hasNul(key)) throw invalidInput("Keys in the request body may not contain NUL (\\u0000) characters.");
        stack.push(item);
      }
    }
  }
}
