import { TriageQueue } from "@/components/review/triage-queue";
import { ErrorState } from "@/components/ui/states";
import { getTriageQueueAction } from "@/lib/actions/review";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const { user } = await requireApiClient();
  // The first 50 of the queue are rendered on the server: the reviewer can press j at once, however long it is.
  const queue = await getTriageQueueAction();
  if (!queue.ok) return <ErrorState message={queue.error.message} />;
  return <TriageQueue initial={queue.data} canReview={canReview(user.role)} />;
}
