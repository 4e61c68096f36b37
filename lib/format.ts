import type { Contractor } from "./schemas/contractor";

// Display helpers shared by server and client components.

export const contractorName = (c: Pick<Contractor, "company_name" | "first_name" | "last_name" | "email">) =>
  c.company_name || [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email;

export const personName = (c: Pick<Contractor, "first_name" | "last_name">) => [c.first_name, c.last_name].filter(Boolean).join(" ");

// A fixed locale and zone, so the server's HTML and the browser's hydration print the same thing.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export const formatTime = (unix: number) => `${dateTime.format(new Date(unix * 1000))} UTC`;
export const formatDay = (unix: number) => dateOnly.format(new Date(unix * 1000));

export const formatDollars = (n: number) => `$${n.toLocaleString("en-US")}`;

/** Days from today (UTC) to a `MM/DD/YYYY` date; negative once it has passed. */
export function daysUntil(usDate: string, now = Date.now()): number | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(usDate);
  if (!m) return null;
  const target = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  const today = Math.floor(now / 86_400_000) * 86_400_000;
  return Math.round((target - today) / 86_400_000);
}

/** "commercial_general_liability" → "Commercial general liability"; "each_occurrence_dollars" → "Each occurrence". */
export const humanize = (key: string) => {
  const text = key.replace(/_dollars$/, "").replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
