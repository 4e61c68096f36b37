"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/settings/requirements", label: "Insurance requirements" },
  { href: "/settings/entities", label: "Entities" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/api-keys", label: "API keys" },
  { href: "/settings/users", label: "Users" },
  { href: "/settings/audit-log", label: "Audit log" },
];

export function SettingsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((t) => {
          const isActive = pathname.startsWith(t.href);
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={isActive ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium ${isActive ? "border-brand text-slate-900" : "border-transparent text-slate-800 hover:border-slate-300"}`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
