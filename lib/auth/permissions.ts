import type { Role } from "./session-token";

// The dashboard's mirror of lib/api/roles.ts: it hides what the API would refuse anyway.
export const canReview = (role: Role) => role === "admin" || role === "reviewer";
export const canAdminister = (role: Role) => role === "admin";
