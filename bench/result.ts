/** One figure a bench measured, e.g. { name: 'generate+validate alexa/request-envelope', value: 12345, unit: '/s' }. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

/** `generate+validate alexa/request-envelope: 12,345 /s` */
export const formatResult = ({ name, value, unit }: BenchResult): string =>
  `${name}: ${value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : value < 100 ? 1 : 0 })} ${unit}`;

/** Runs `work` once to warm up (JIT, caches), then times it; returns operations per second. */
export function perSecond(count: number, work: (count: number) => void): number {
  work(Math.min(count, 500));
  const start = performance.now();
  work(count);
  return (count * 1000) / (performance.now() - start);
}
