import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/session";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-6 py-3">
        <nav className="flex items-center gap-6">
          <Link href="/contractors" className="text-lg font-semibold text-slate-900">
            Coverdesk
          </Link>
          <Link href="/contractors" className="text-sm text-slate-700 hover:text-slate-900">
            Contractors
          </Link>
        </nav>
        <div className="flex items-center gap-3 text-sm text-slate-700">
          <span>
            {user.email} · {user.role}
          </span>
          <SignOutButton />
        </div>
      </header>
      <main className="mx-auto max-w-6xl p-6">{children}</main>
    </div>
  );
}
