/** Money as people type it: "12.50", "£12.50", "12", "1,250.5"; the API counts pence. */

const POUNDS = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.(\d{1,2}))?$/;

/** Pence from what was typed, or undefined when it is not an amount of money. */
export function parsePounds(typed: string): number | undefined {
  const match = POUNDS.exec(typed.trim());
  if (!match) return undefined;
  const whole = Number(match[1]!.replace(/,/g, ''));
  const fraction = (match[4] ?? '').padEnd(2, '0');
  return whole * 100 + Number(fraction || '0');
}

/** Pence as a form shows them for changing: 1250 → "12.50", 1200 → "12.00", absent → "". */
export function poundsInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  return (pence / 100).toFixed(2);
}

/** Miles as typed: more than 0, at most 1000, with at most two decimals; else undefined. */
export function parseMiles(typed: string): number | undefined {
  const text = typed.trim();
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(text)) return undefined;
  const miles = Number(text);
  return miles > 0 && miles <= 1000 ? miles : undefined;
}
