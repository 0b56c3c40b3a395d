// Types of worker-cpu.mjs (plain JavaScript, run by node without a build), for the unit test.
export const WORKER_TRACE_CATEGORIES: string;
export function workerCpu(events: unknown[]): {
  cpuMs: number;
  tasks: number;
  compileMs: number | null;
  cachedBytes: number | null;
  runMs: number | null;
};
