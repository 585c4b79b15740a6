/**
 * Readers for the two kinds of attribute values JUnit producers disagree on:
 * durations and timestamps. Both return `undefined` for values they cannot
 * read, so one odd attribute costs a figure, not the whole report.
 */

/** "1,234.5" (Surefire with a grouping locale): commas group thousands. */
const groupedThousands = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** "0,25" (a decimal-comma locale): the comma is the decimal point. */
const decimalComma = /^\d+,\d+$/;

/**
 * Seconds from a `time` attribute: "0.002", "1.4e-05", "1,234.5", "0,25".
 * A "1,234" is read as grouped thousands, as Surefire writes it.
 */
export function parseSeconds(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let normal = text;
  if (groupedThousands.test(text)) normal = text.replaceAll(',', '');
  else if (decimalComma.test(text)) normal = text.replace(',', '.');
  const seconds = Number(normal);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

const isoLike =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The instant of a `timestamp` attribute. Producers write ISO 8601 with or
 * without a zone, with any number of fraction digits, or with a space for
 * the "T". A timestamp without a zone is taken as UTC: JUnit producers
 * (Ant, Surefire, pytest, mocha) write it that way on CI machines, and the
 * reader's own zone would make the same report mean different instants.
 */
export function parseTimestamp(value: string | undefined): Date | undefined {
  const match = isoLike.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone = 'Z'] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zoneOffset(zone);
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date() rolls 2024-02-30 over to March; a timestamp that does not round-trip is not a real one.
  const midnight = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return midnight.getUTCDate() === Number(day) ? date : undefined;
}

function zoneOffset(zone: string): string {
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

/** ISO 8601 in UTC, or undefined when the instant is outside what Date can represent. */
export function isoInstant(millis: number): string | undefined {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
