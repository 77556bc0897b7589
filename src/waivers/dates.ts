// Calendar days for waiver expiry, in UTC so that a waiver expires at the same moment on every
// runner whatever its time zone. Owns "is this waiver still in force" and "how many days left".

const DAY_MS = 86_400_000;

/** Milliseconds at 00:00 UTC of a `YYYY-MM-DD` day, or undefined when it is not a real date (2025-02-30). */
export function parseDay(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}

export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Days from today (UTC) to the expiry day: 0 on the last day a waiver applies, negative once expired. */
export function daysLeft(expires: string, now: Date): number {
  const end = parseDay(expires);
  const today = parseDay(utcDay(now))!;
  return end === undefined ? Number.NEGATIVE_INFINITY : Math.round((end - today) / DAY_MS);
}

/** The expiry day is inclusive: a waiver expiring 2025-06-30 still applies all of that day (UTC). */
export function isExpired(expires: string, now: Date): boolean {
  return daysLeft(expires, now) < 0;
}
