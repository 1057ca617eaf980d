// Reads the events of an iCalendar (RFC 5545) text for tests: unfolds continuation lines and
// returns each VEVENT's properties by name (parameters dropped, text unescaped). Enough to
// compare UID, SEQUENCE, DTSTART and LOCATION the way a calendar app reads them.
export type IcsEvent = Record<string, string>;

export function readIcsEvents(ics: string): IcsEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).split(';')[0].toUpperCase();
      current[name] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
    }
  }
  return events;
}

/** The single event of a calendar file given as base64 (an email attachment). */
export function readIcsAttachment(base64: string): IcsEvent {
  const events = readIcsEvents(Buffer.from(base64, 'base64').toString('utf8'));
  if (events.length !== 1) throw new Error(`expected one event, found ${events.length}`);
  return events[0];
}
