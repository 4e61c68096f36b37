import { z } from "zod";

/** The API's error body, carried to the dashboard so people read the API's own message. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

const errorBodySchema = z.object({ message: z.string(), error_code: z.string() });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), has_more: z.boolean() });
export type ListPage<T> = { data: T[]; has_more: boolean };

export type Query = Record<string, string | number | boolean | string[] | undefined | null>;

export type ListQuery = { limit?: number; starting_after?: string; ending_before?: string };

export type TransportOptions = { baseUrl: string; authorization: string; fetch?: typeof fetch };

export type Transport = {
  request<S extends z.ZodType>(schema: S, method: string, path: string, options?: { query?: Query; body?: unknown }): Promise<z.infer<S>>;
  raw(method: string, path: string, init?: RequestInit & { duplex?: "half" }): Promise<Response>;
};

function toSearch(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export async function errorFrom(res: Response): Promise<ApiClientError> {
  const text = await res.text().catch(() => "");
  try {
    const body = errorBodySchema.parse(JSON.parse(text));
    return new ApiClientError(res.status, body.error_code, body.message);
  } catch {
    return new ApiClientError(res.status, "unexpected_response", `The API answered ${res.status} ${res.statusText}.`);
  }
}

/** fetch + JSON + zod: every response is checked against the same schema the API was built with. */
export function createTransport({ baseUrl, authorization, fetch: doFetch = fetch }: TransportOptions): Transport {
  const root = `${baseUrl.replace(/\/$/, "")}/api/v1`;
  const raw: Transport["raw"] = (method, path, init = {}) =>
    doFetch(`${root}${path}`, { ...init, method, cache: "no-store", headers: { ...(init.headers as Record<string, string>), Authorization: authorization } });
  return {
    raw,
    async request(schema, method, path, { query, body } = {}) {
      const res = await raw(method, `${path}${toSearch(query)}`, {
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw await errorFrom(res);
      return schema.parse(await res.json());
    },
  };
}
