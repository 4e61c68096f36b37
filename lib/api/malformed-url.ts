import type { IncomingMessage, ServerResponse } from "node:http";

// Next decodes the path before routing, and a bad percent-escape (`%zz`, `%`, overlong UTF-8 `%C0%AE`) makes it
// throw and answer a bare 500. The custom server checks the path first and answers 400 in the API's error body.

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Answers the request when its path cannot be decoded; returns whether it did. */
export function refuseMalformedUrl(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "/").split("?")[0];
  if (isDecodable(path)) return false;
  res.writeHead(400, { "content-type": "application/json" });
  res.end(JSON.stringify({ message: "The request URL is malformed: it has an invalid percent-encoding.", error_code: "invalid_input" }));
  return true;
}
