import { serializeEvent } from "../api/serializers/event";
import { env } from "../env";
import { retryDelayMs, webhookConfig } from "./config";
import { claimDueDeliveries, markDeliveredMany, markFailed, markRetry, type AttemptOutcome, type ClaimedDelivery } from "./outbox";
import { openWebhookSecret } from "./secret-box";
import { sendWebhook } from "./send";
import { signWebhook } from "./sign";

/**
 * Delivers the outbox. A loop rather than a pg-boss job per delivery: the delivery row is already the durable
 * record (written in the event's transaction, which pg-boss 10 cannot join through Drizzle), and claiming rows
 * with SKIP LOCKED gives exactly-once claims, our own retry schedule with jitter and the attempt log in one place,
 * without a second copy of the state in pgboss.job that could disagree with it.
 *
 * While there is work it claims the next batch as soon as slots free up; when idle it polls every WEBHOOK_POLL_MS.
 */
export class WebhookDispatcher {
  private readonly config = webhookConfig();
  private readonly allowPrivate = env().ALLOW_PRIVATE_WEBHOOK_URLS;
  private readonly allowedPorts = env().WEBHOOK_ALLOWED_PORTS;
  private readonly active = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private draining = false;
  private again = false;
  private stopped = false;
  private delivered: { delivery: ClaimedDelivery; outcome: AttemptOutcome; done: (err?: unknown) => void }[] = [];
  private flushing = false;

  start() {
    this.timer = setInterval(() => this.kick(), this.config.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for due deliveries now (coalesced: a kick during a pass makes the pass run once more). */
  kick() {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
    });
  }

  private async drain() {
    do {
      this.again = false;
      const free = this.config.concurrency - this.active.size;
      // Claim in batches: with requests in flight, wait until a quarter of the slots are free rather than paying
      // one claim query per finished delivery.
      if (free <= 0 || (this.active.size > 0 && free < Math.ceil(this.config.concurrency / 4))) return;
      let claimed: ClaimedDelivery[];
      try {
        // The lease outlives the request timeout with a wide margin: a slow database must not make a live
        // attempt look abandoned.
        claimed = await claimDueDeliveries(free, this.config.leaseSeconds);
      } catch (err) {
        console.error("[webhooks] claim failed:", (err as Error).message);
        return;
      }
      for (const delivery of claimed) this.launch(delivery);
      if (claimed.length === free) this.again = true;
    } while (this.again && !this.stopped);
  }

  private launch(delivery: ClaimedDelivery) {
    const run: Promise<void> = this.deliver(delivery)
      .catch((err) => console.error(`[webhooks] delivery ${delivery.id} failed to record:`, (err as Error).message))
      .finally(() => {
        this.active.delete(run);
        this.kick();
      });
    this.active.add(run);
  }

  private async deliver(d: ClaimedDelivery) {
    const body = JSON.stringify(serializeEvent({ id: d.event_id, type: d.type, data: d.data, createdAt: new Date(d.created_at) }));
    const secrets = openSecrets(d);
    const result =
      secrets instanceof Error
        ? { ok: false, statusCode: null, latencyMs: 0, error: secrets.message }
        : await sendWebhook({
            url: d.url,
            body,
            headers: signWebhook(secrets, d.event_id, body),
            timeoutMs: this.config.timeoutMs,
            allowPrivate: this.allowPrivate,
            allowedPorts: this.allowedPorts,
          });
    if (result.ok) return this.recordDelivered(d, result);
    const delay = retryDelayMs(d.attempt_count, this.config.retrySchedule);
    if (delay !== null) return markRetry(d, result, delay);
    const disabled = await markFailed(d, result, this.config.disableAfterFailures);
    if (disabled) console.warn(`[webhooks] endpoint ${d.endpoint_id} disabled after repeated failed deliveries`);
  }

  /**
   * Successes are written in batches: whatever finished while the previous write ran goes in the next one. An idle
   * dispatcher writes at once (batch of one); the slot is freed only once the row says `succeeded`.
   */
  private recordDelivered(delivery: ClaimedDelivery, outcome: AttemptOutcome) {
    return new Promise<void>((resolve, reject) => {
      this.delivered.push({ delivery, outcome, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) void this.flushDelivered();
    });
  }

  private async flushDelivered() {
    this.flushing = true;
    try {
      while (this.delivered.length > 0) {
        const batch = this.delivered.splice(0, 200);
        try {
          await markDeliveredMany(batch);
          for (const b of batch) b.done();
        } catch (err) {
          for (const b of batch) b.done(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Stops claiming and lets the requests in flight finish (each is bounded by the timeout). */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.active]);
  }
}

/**
 * The endpoint's secrets in the clear, for this signature only: the current one, and the previous one while a
 * rotation's overlap lasts. A seal that does not open (the server secret changed) fails the attempt like a network
 * error would, with the reason in the delivery log, rather than stopping the dispatcher.
 */
function openSecrets(d: ClaimedDelivery): string[] | Error {
  try {
    const sealed = d.previous_secret ? [d.secret, d.previous_secret] : [d.secret];
    return sealed.map((s) => openWebhookSecret(s, d.endpoint_id));
  } catch (err) {
    return err as Error;
  }
}

type Global = { __coverdeskWebhooks?: WebhookDispatcher };
const g = globalThis as unknown as Global;

export function startWebhookDispatcher() {
  g.__coverdeskWebhooks ??= new WebhookDispatcher();
  g.__coverdeskWebhooks.start();
  return g.__coverdeskWebhooks;
}

/** Nudges this process's dispatcher, if it runs here, so a fresh delivery need not wait for the next poll. */
export function kickWebhookDispatcher() {
  g.__coverdeskWebhooks?.kick();
}

export async function stopWebhookDispatcher() {
  const d = g.__coverdeskWebhooks;
  g.__coverdeskWebhooks = undefined;
  await d?.stop();
}
