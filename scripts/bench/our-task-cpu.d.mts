// Types of our-task-cpu.mjs (plain JavaScript, run by node without a build), for the unit test.
export const TRACE_CATEGORIES: string;
export function ourTaskCpu(
  events: unknown[],
): { cpuMs: number; wallMs: number; tasks: number } | null;
