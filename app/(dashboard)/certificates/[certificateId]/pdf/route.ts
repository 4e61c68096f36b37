import { apiClientFor, getSessionUser } from "@/lib/api-client/server";

// GET /certificates/{id}/pdf – the stored PDF for the viewer, fetched from the API as the signed-in user
export async function GET(_req: Request, { params }: { params: Promise<{ certificateId: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("Sign in to view this certificate.", { status: 401 });
  const { certificateId } = await params;
  const res = await apiClientFor(user).certificates.pdf(certificateId);
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
  for (const name of ["content-type", "content-length", "content-disposition"]) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(res.body, { status: res.status, headers });
}
