// RFC 5545 text that ical-generator leaves to its caller: escaped calendar names, alarms after properties.

/**
 * TEXT as RFC 5545 (3.3.11) writes it: backslash, semicolon and comma
 * escaped, line breaks as `\n`. A bare comma or semicolon splits the value,
 * and a bare line break would start a new property.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Moves each event's VALARM components after its properties: RFC 5545
 * defines an event as its properties followed by its alarms, and
 * ical-generator writes URL and others after the alarms. Lines move whole
 * (with their folded continuations), so folding stays intact.
 */
export function alarmsLast(text: string): string {
  const out: string[] = [];
  let alarms: string[] = [];
  let inAlarm = false;
  for (const line of text.split('\r\n')) {
    if (line === 'BEGIN:VALARM') inAlarm = true;
    if (inAlarm) {
      alarms.push(line);
      if (line === 'END:VALARM') inAlarm = false;
      continue;
    }
    if (line === 'END:VEVENT') { out.push(...alarms); alarms = []; }
    out.push(line);
  }
  return out.join('\r\n');
}
