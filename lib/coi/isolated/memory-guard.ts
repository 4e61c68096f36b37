import { getHeapStatistics } from "node:v8";

// V8's resourceLimits cap a thread's JS heap, but decoded streams and images live in typed arrays outside it: a
// 1 MB FlateDecode bomb made one thread hold 1.5 GB that no heap limit saw. This guard, installed in each reader
// thread, counts those too. It ends the thread with a known exit code rather than throwing, because pdf.js catches
// and skips errors inside content streams and would carry on allocating.

export const OUT_OF_MEMORY_EXIT_CODE = 87;

const TYPED_ARRAYS = [
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
] as const;

export function installMemoryGuard(limitMb: number): void {
  const limit = limitMb * 1024 * 1024;
  const exit = () => process.exit(OUT_OF_MEMORY_EXIT_CODE);
  const globals = globalThis as unknown as Record<string, unknown>;
  for (const name of TYPED_ARRAYS) {
    const original = globals[name] as Uint8ArrayConstructor;
    // One array over half the limit: pdf.js grows a decoded stream by doubling, so the next step would pass it.
    // A plain function that returns the real array, not a Proxy (40× slower per construction) nor a subclass
    // (`instanceof` would fail for arrays made elsewhere); sharing the prototype keeps `instanceof` and statics.
    const guarded = function (this: unknown, a?: unknown, b?: unknown, c?: unknown) {
      if (typeof a === "number" && a * original.BYTES_PER_ELEMENT > limit / 2) exit();
      return new original(a as ArrayBuffer, b as number, c as number);
    };
    guarded.prototype = original.prototype;
    Object.setPrototypeOf(guarded, original);
    globals[name] = guarded;
  }
  // Many smaller buffers (native inflate of an image hands pdf.js its output in chunks) add up between awaits.
  setInterval(() => {
    if (getHeapStatistics().external_memory > limit) exit();
  }, 50).unref();
}
