import type { ReprintStyle } from "./style";

// A plain style for tests: one variation at a time is switched on over it, so a test sees only what it asks for.
export const PLAIN_STYLE: ReprintStyle = {
  font: "Helvetica", size: 8, shift: [0, 0], jitter: 0, baseline: "centred", rowLine: "middle", datesOneRun: false,
  dollar: "joined", amountAlign: "left", centreCodes: false, check: "X", cut: "run", cutShare: 0, upper: false,
  wrapNames: false, overflow: 0, wordLimits: 0, signatureFont: "Helvetica",
};
