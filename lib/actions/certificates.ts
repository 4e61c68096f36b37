"use server";

import { runAction } from "./run-action";

export async function listContractorCertificatesAction(query: { contractor: string; starting_after?: string; ending_before?: string }) {
  return runAction((api) => api.certificates.list({ limit: 50, ...query, expand: "review_results" }));
}

export async function getCertificateAction(id: string) {
  return runAction((api) => api.certificates.get(id, "review_results.full"));
}

export async function approveRuleAction(id: string, auditResultId: string) {
  return runAction((api) => api.certificates.approveRule(id, auditResultId));
}

export async function unapproveRuleAction(id: string, auditResultId: string) {
  return runAction((api) => api.certificates.unapproveRule(id, auditResultId));
}

export async function denyCertificateAction(id: string, reason: string) {
  return runAction((api) => api.certificates.deny(id, reason.trim() || undefined));
}

export async function getStatsAction() {
  return runAction((api) => api.certificates.stats());
}
