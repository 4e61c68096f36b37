// Whether a page's text reads like a certificate of insurance. Used to tell "not a certificate" apart from
// "a certificate we cannot read yet", which need different answers for the person who uploaded it.

const STRONG = [
  /\bACORD\s*25\b/i,
  /certificate\s+of\s+(?:liability\s+)?insurance/i,
  /insurer\s*\(s\)\s+affording\s+coverage/i,
  /evidence\s+of\s+(?:commercial\s+)?(?:liability\s+)?insurance/i,
];

const WEAK = [
  /certificate\s+holder/i,
  /policy\s+(?:number|no\.?)/i,
  /\binsured\b/i,
  /\bproducer\b/i,
  /general\s+liability/i,
  /each\s+occurrence/i,
  /workers'?\s+compensation/i,
  /policy\s+exp/i,
  /\bNAIC\b/,
];

export function looksLikeCertificate(text: string): boolean {
  if (STRONG.some((re) => re.test(text))) return true;
  return WEAK.filter((re) => re.test(text)).length >= 3;
}
