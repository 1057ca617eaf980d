// Message keys that arrive at run time (an action's outcome, a field error from the server, a
// navigation item, an audit action's name) cannot be checked by the compiler, unlike literal
// keys (next-intl.d.ts). This is the one place such keys are let past the type check: callers
// ask `has(key)` first wherever the key may be missing, and show something sensible otherwise.
type RuntimeKeyTranslator = {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
};

/** The same translator, taking keys built at run time. */
export function withRuntimeKeys(t: object): RuntimeKeyTranslator {
  return t as RuntimeKeyTranslator;
}
