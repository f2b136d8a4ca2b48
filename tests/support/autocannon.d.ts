// The part of autocannon 8's API the load test uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; min: number; max: number; p50: number; p99: number }
  interface AutocannonOptions {
    url: string;
    connections?: number;
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeout?: number;
  }
  interface AutocannonResult {
    latency: Histogram;
    requests: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
