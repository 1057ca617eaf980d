// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; amount?: number; headers?: Record<string, string> };
  type Result = {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; average: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    '2xx': number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
