// Entry of a reader thread. Worker threads do not inherit tsx's loader hooks reliably (and vitest has none), so the
// thread registers tsx itself, for both module systems our .ts files may load as, then loads the TypeScript body.
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

registerCjs();
registerEsm();
await import("./reader-thread.ts");
