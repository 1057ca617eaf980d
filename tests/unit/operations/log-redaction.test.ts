// Logs are one JSON line per event with the request id, and never hold an email address in clear.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loggerTo } from '@/lib/log/logger';
import { emailToken } from '@/lib/log/redact';
import { withRequestId } from '@/lib/log/request-context';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: loggerTo(stream) };
}

describe('the logger', () => {
  it('writes one JSON line per event carrying the request id', () => {
    const { lines, logger } = capture();
    withRequestId('req-12345678', () => logger.info({ event: 'test.event' }, 'hello'));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'info', event: 'test.event', msg: 'hello', requestId: 'req-12345678' });
  });

  it('replaces email addresses in fields, messages and errors by a hash', () => {
    const { lines, logger } = capture();
    logger.error(
      { to: 'Direktoer@Lysteknik.test', nested: { list: ['a@b.dk'] }, err: new Error('bounce for kim@firma.dk') },
      'could not email kim@firma.dk',
    );
    expect(lines.join('\n')).not.toMatch(/@(lysteknik|firma|b)\./i);
    const entry = JSON.parse(lines[0]);
    expect(entry.to).toBe(emailToken('direktoer@lysteknik.test'));
    expect(entry.msg).toBe(`could not email ${emailToken('kim@firma.dk')}`);
    expect(entry.err.message).toContain(emailToken('kim@firma.dk'));
  });
});
