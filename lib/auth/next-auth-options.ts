import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { throttledSignIn } from "../security/sign-in-throttle";
import { verifyUserCredentials } from "../server/users/verify-user-credentials";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

export type SessionUser = { id: string; email: string; role: "admin" | "reviewer" | "viewer"; organizationId: string };

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Throttled per account and address; while it must wait, the password is not checked (lib/security/).
        return throttledSignIn({ email: parsed.data.email, headers: req?.headers, verify: () => verifyUserCredentials(parsed.data) });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as SessionUser;
        token.uid = u.id;
        token.role = u.role;
        token.org = u.organizationId;
      }
      return token;
    },
    async session({ session, token }) {
      (session as unknown as { user: SessionUser }).user = {
        id: token.uid as string,
        email: token.email as string,
        role: token.role as SessionUser["role"],
        organizationId: token.org as string,
      };
      return session;
    },
  },
};
