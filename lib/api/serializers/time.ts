/** The API speaks Unix seconds. */
export const unixSeconds = (d: Date) => Math.floor(d.getTime() / 1000);
