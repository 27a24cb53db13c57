/** A date (`2026-03-18`) and a time of day (`10:00`) in the browser's time zone, as an instant. */
export function instant(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const parsed = new Date(`${date}T${time}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** Today in the browser's time zone, as `2026-03-18`. */
export function today(offsetDays = 0): string {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
