import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth-options";

// /api/auth/* – next-auth's sign-in, sign-out and session endpoints
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
