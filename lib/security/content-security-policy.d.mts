export function noncePolicy(nonce: string, options?: { dev?: boolean }): string;
export function hashPolicy(hashes: string[]): string;
export const nonPagePolicy: string;
export function inlineScriptHashes(html: string): string[];
