import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "../../api/errors";
import type { Db, Tx } from "../../db/client";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetCertificateOptions = { organizationId: string; id: string; db?: Db | Tx; forUpdate?: boolean };

/** Soft-deleted certificates and other organizations' certificates are both simply "not found". */
export async function getCertificateOrThrow({ organizationId, id, db, forUpdate }: GetCertificateOptions) {
  if (!isIdOf("certificate", id)) throw notFound("certificate", id);
  const conn = db ?? (await getDb());
  const query = conn
    .select()
    .from(certificates)
    .where(and(eq(certificates.organizationId, organizationId), eq(certificates.id, id), isNull(certificates.deletedAt)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("certificate", id);
  return row;
}
