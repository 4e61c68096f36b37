"use client";

import { ErrorState } from "@/components/ui/states";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorState message="This page could not be loaded. The API may be unreachable; try again in a moment." onRetry={reset} />;
}
