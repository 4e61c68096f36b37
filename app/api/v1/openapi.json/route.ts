import { buildOpenApiDocument } from "@/lib/openapi/document";

// Built once per process: it depends only on the code.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

// GET /api/v1/openapi.json – the OpenAPI 3.1 document (public: it describes the API, not anyone's data)
export function GET() {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
