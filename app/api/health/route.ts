import { getDb } from "@/lib/db/client";
import { sql } from "drizzle-orm";

// GET /api/health – liveness and database reachability, for load balancers and the test harness
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}

export const dynamic = "force-dynamic";
