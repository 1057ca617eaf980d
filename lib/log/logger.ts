// The app's logger: one JSON line per event on stdout (pino), with the request id of the work in
// progress and no email address in clear (redact.ts). In development it is the same JSON; pipe it
// through `npx pino-pretty` to read it more easily.
import 'server-only';
import pino from 'pino';
import { getEnv } from '@/lib/env';
import { redactText, redactValue } from './redact';
import { currentRequestId } from './request-context';

function makeLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: getEnv().LOG_LEVEL,
      base: { service: 'erhvervsforum' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactValue(object) as Record<string, unknown>,
      },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        // The message string is not passed through formatters.log: redact it here.
        logMethod(args, method) {
          const redacted = args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as typeof args;
          return method.apply(this, redacted);
        },
      },
      serializers: { err: (e: unknown) => redactValue(e) },
    },
    destination,
  );
}

export const logger = makeLogger();

/** A logger writing to the given stream, for tests that read the lines. */
export function loggerTo(destination: pino.DestinationStream) {
  return makeLogger(destination);
}
