import { EmptyState } from "@/components/ui/states";

export default function DashboardNotFound() {
  return <EmptyState title="Not found">It may have been deleted, or it belongs to another organization.</EmptyState>;
}
