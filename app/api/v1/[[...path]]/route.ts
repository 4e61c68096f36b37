import { ApiError, errorResponse } from "@/lib/api/errors";

// /api/v1 itself and any other path under it – the API's own JSON error body rather than Next's HTML 404 page
function unknownRoute(req: Request) {
  const { pathname } = new URL(req.url);
  return errorResponse(new ApiError(404, "resource_not_found", `Unrecognized request URL (${req.method} ${pathname}).`));
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
