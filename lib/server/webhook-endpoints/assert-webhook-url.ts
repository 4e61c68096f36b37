import { invalidInput } from "../../api/errors";
import { env } from "../../env";
import { checkWebhookUrl, UnsafeWebhookUrlError } from "../../webhooks/url-safety";

/** A URL the dispatcher would refuse is refused when saved, with the reason (400 invalid_input). */
export async function assertWebhookUrl(raw: string): Promise<string> {
  try {
    const { ALLOW_PRIVATE_WEBHOOK_URLS, WEBHOOK_ALLOWED_PORTS } = env();
    const url = await checkWebhookUrl(raw, { allowPrivate: ALLOW_PRIVATE_WEBHOOK_URLS, allowedPorts: WEBHOOK_ALLOWED_PORTS });
    return url.toString();
  } catch (err) {
    if (err instanceof UnsafeWebhookUrlError) throw invalidInput(`Invalid value for 'url': ${err.message}.`);
    throw err;
  }
}
