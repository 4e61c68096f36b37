import type { Config } from "tailwindcss";

// Theme tokens only; Tailwind 4 reads this through `@config` in app/globals.css.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#1d4ed8", dark: "#1e3a8a" },
        status: {
          pending: "#64748b",
          processing: "#0369a1",
          approved: "#15803d",
          flagged: "#b45309",
          denied: "#b91c1c",
          error: "#7e22ce",
        },
      },
    },
  },
};

export default config;
