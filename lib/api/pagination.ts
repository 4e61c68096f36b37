import { z } from "zod";
import { zodToApiError } from "./errors";

export const listParamsSchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(10),
    starting_after: z.string().min(1).max(100).optional(),
    ending_before: z.string().min(1).max(100).optional(),
  })
  .refine((v) => !(v.starting_after && v.ending_before), {
    message: "Use starting_after or ending_before, not both",
    path: ["starting_after"],
  });

export type ListParams = z.infer<typeof listParamsSchema>;

export function parseListParams(url: URL): ListParams {
  const parsed = listParamsSchema.safeParse({
    limit: url.searchParams.get("limit") ?? undefined,
    starting_after: url.searchParams.get("starting_after") ?? undefined,
    ending_before: url.searchParams.get("ending_before") ?? undefined,
  });
  if (!parsed.success) throw zodToApiError(parsed.error);
  return parsed.data;
}

export type ListPage<T> = { data: T[]; has_more: boolean };

export const listResponse = <T>(page: ListPage<T>) => Response.json({ object: "list", ...page });
