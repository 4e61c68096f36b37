import zlib from "node:zlib";

// Compressed streams that expand enormously. Deflate tops out near 1:1030, so a 1 GB bomb is ≈ 1 MB. Built once per
// size and process (≈ 2 s per GB, streamed so the input is never held whole) and shared by every case using it.

const cache = new Map<number, Promise<Uint8Array>>();

/** `mb` megabytes of spaces, deflated in zlib format as /FlateDecode expects. */
export function flateBomb(mb: number): Promise<Uint8Array> {
  let bomb = cache.get(mb);
  if (!bomb) {
    bomb = new Promise((resolve, reject) => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const parts: Buffer[] = [];
      const deflate = zlib.createDeflate({ level: 9 });
      deflate.on("data", (c: Buffer) => parts.push(c));
      deflate.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
      deflate.on("error", reject);
      let left = mb;
      const write = () => {
        while (left > 0) {
          left--;
          if (!deflate.write(chunk)) return void deflate.once("drain", write);
        }
        deflate.end();
      };
      write();
    });
    cache.set(mb, bomb);
  }
  return bomb;
}
