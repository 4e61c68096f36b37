import type { ActionResult } from "./run-action";

/** For react-query: a failed action becomes a thrown Error carrying the API's message. */
export async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, status: r.error.status });
  return r.data;
}
