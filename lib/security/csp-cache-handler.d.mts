export function withPolicy(value: { kind?: string; html?: unknown; headers?: Record<string, unknown> } | null | undefined): void;
