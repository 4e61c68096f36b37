import { z } from "zod";
import { certificateStatuses } from "./enums";

const countsByStatus = z.object(Object.fromEntries(certificateStatuses.map((s) => [s, z.number().int()])) as Record<(typeof certificateStatuses)[number], z.ZodNumber>);

export const certificateStatsSchema = z.object({
  by_status: countsByStatus,
  /** Contractors whose latest approved or flagged certificate has a policy ending within N days (cumulative). */
  expiring: z.object({ within_30_days: z.number().int(), within_60_days: z.number().int(), within_90_days: z.number().int() }),
  /** Certificates by the week they were uploaded (Monday, Unix seconds), with their current status. */
  weekly: z.array(countsByStatus.extend({ week_start: z.number().int() })),
});
export type CertificateStats = z.infer<typeof certificateStatsSchema>;
