import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth-options";
import { withSignInThrottleStatus } from "@/lib/security/sign-in-throttle-response";

// /api/auth/* – next-auth's sign-in, sign-out and session endpoints; a throttled sign-in answers 429
const handler = NextAuth(authOptions);
export { handler as GET };
export const POST = withSignInThrottleStatus(handler);
