import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return verifyUserCredentials(parsed.data);
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
