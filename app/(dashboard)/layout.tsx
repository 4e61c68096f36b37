import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLinks } from "@/components/layout/nav-links";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireUser } from "@/lib/auth/session";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <nav aria-label="Main" className="flex flex-wrap items-center gap-4">
            <Link href="/overview" className="text-lg font-semibold text-slate-900">
              Coverdesk
            </Link>
            <NavLinks />
          </nav>
          <div className="flex items-center gap-3 text-sm text-slate-800">
            <span>
              {user.email} · {user.role}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl p-4 md:p-6">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
