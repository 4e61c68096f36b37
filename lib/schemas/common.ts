import { z } from "zod";

/** Form bodies send "" for a cleared field; the API stores that as null rather than as an empty string. */
export const nullableText = (max = 500) =>
  z.preprocess(
    (v) => (v === "" ? null : v),
    z.string().trim().max(max).nullable().optional(),
  );

export const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z]{6,40}$`), `must be an ID starting with '${prefix}_'`);

export const metadataSchema = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 8192, "must be at most 8 KB of JSON");

/** Form bodies carry booleans as strings. */
export const formBoolean = z.preprocess(
  (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v),
  z.boolean(),
);
