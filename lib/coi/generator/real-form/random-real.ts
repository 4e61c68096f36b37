import type { CertificateDescription } from "../description";
import type { Rng } from "../print-random";
import { randomCertificate } from "../random";

// The values of a real-form certificate: randomCertificate with its extra variety. A draw with every coverage row
// left off (a few in a thousand) is drawn again: a certificate without coverages measures nothing.

export function randomRealCertificate(rng: Rng, now: Date): CertificateDescription {
  for (;;) {
    const d = randomCertificate(rng, now, { variety: true });
    if (Object.keys(d.coverages).length > 0) return d;
  }
}
