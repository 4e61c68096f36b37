"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { approveRuleAction, denyCertificateAction, unapproveRuleAction } from "@/lib/actions/certificates";
import { unwrap } from "@/lib/actions/unwrap";
import type { CertificateObject } from "@/lib/schemas/certificate";

export const certificateKey = (id: string) => ["certificate", id] as const;

/**
 * Approve / unapprove a rule and deny, shared by the certificate page and the review queue. The API answers with
 * the updated certificate, which replaces the cached one at once (the badge changes without waiting for a poll).
 */
export function useReviewActions(onChanged?: (certificate: CertificateObject) => void) {
  const queryClient = useQueryClient();
  const onSuccess = (certificate: CertificateObject) => {
    queryClient.setQueryData(certificateKey(certificate.id), certificate);
    void queryClient.invalidateQueries({ queryKey: ["certificates", certificate.contractor] });
    void queryClient.invalidateQueries({ queryKey: ["triage"] });
    void queryClient.invalidateQueries({ queryKey: ["stats"] });
    onChanged?.(certificate);
  };
  const approve = useMutation({
    mutationFn: ({ id, ruleId }: { id: string; ruleId: string }) => unwrap(approveRuleAction(id, ruleId)),
    onSuccess,
  });
  const unapprove = useMutation({
    mutationFn: ({ id, ruleId }: { id: string; ruleId: string }) => unwrap(unapproveRuleAction(id, ruleId)),
    onSuccess,
  });
  const deny = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(denyCertificateAction(id, reason)),
    onSuccess,
  });
  const error = approve.error ?? unapprove.error ?? deny.error;
  const busyRule = approve.isPending ? approve.variables?.ruleId : unapprove.isPending ? unapprove.variables?.ruleId : undefined;
  return { approve, unapprove, deny, error, busyRule: busyRule ?? null };
}
