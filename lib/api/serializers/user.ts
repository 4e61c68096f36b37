import type { users } from "../../db/schema";
import type { UserObject } from "../../schemas/user";
import { unixSeconds } from "./time";

// Never the password hash.
export function serializeUser(row: typeof users.$inferSelect): UserObject {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    created: unixSeconds(row.createdAt),
    disabled: row.disabledAt ? unixSeconds(row.disabledAt) : null,
  };
}
