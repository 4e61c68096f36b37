import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark border-transparent",
  secondary: "bg-white text-slate-900 border-slate-300 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800 border-transparent",
};

export const buttonClass = (variant: Variant = "secondary") =>
  `inline-flex items-center justify-center gap-1 rounded border px-3 py-1.5 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]}`;

export function Button({ variant = "secondary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="button" {...props} className={`${buttonClass(variant)} ${className}`} />;
}

export const inputClass =
  "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/40";
export const labelClass = "block text-sm font-medium text-slate-800";
