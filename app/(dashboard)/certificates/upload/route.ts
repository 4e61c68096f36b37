import { apiClientFor, getSessionUser } from "@/lib/api-client/server";

// POST /certificates/upload – the dropzone's upload, streamed to the API as the signed-in user (multipart as sent)
export async function POST(req: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Your session has ended; sign in again.", error_code: "invalid_api_key" }, { status: 401 });
  if (!req.body) return Response.json({ message: "Missing required file 'certificate'.", error_code: "missing_certificate" }, { status: 400 });
  const res = await apiClientFor(user).certificates.uploadRaw(req.body, req.headers.get("content-type") ?? "");
  // The API's status and body go back unchanged, so the dropzone shows the API's own message.
  return new Response(res.body, { status: res.status, headers: { "Content-Type": res.headers.get("content-type") ?? "application/json" } });
}
