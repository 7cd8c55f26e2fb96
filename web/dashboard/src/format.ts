/** A 0..1 share as a percentage with one decimal, e.g. 0.8125 -> "81.3 %". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** A rate with one decimal, e.g. 2.25 -> "2.3". */
export function rate(value: number): string {
  return value.toFixed(1);
}

/** The HH:MM of an RFC 3339 date-time, in the browser's time zone. */
export function clock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
