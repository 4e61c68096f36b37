import type { Locator } from "@playwright/test";

/** How many sampled pixels of the canvas are not near-white: 0 means pdf.js drew nothing. */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext("2d");
    if (!ctx || c.width === 0) return 0;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4 * 37) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) painted++;
    return painted;
  });
}
