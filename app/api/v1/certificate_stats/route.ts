import { withApiKey } from "@/lib/api/handler";
import { getCertificateStats } from "@/lib/server/certificates/get-certificate-stats";

// GET /api/v1/certificate_stats – counts by status, contractors expiring in 30/60/90 days, uploads per week
export const GET = withApiKey(async (_req, { caller }) => Response.json(await getCertificateStats({ organizationId: caller.organizationId })));
