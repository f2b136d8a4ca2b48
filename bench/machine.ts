/** What the numbers were measured on: they mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { findChromium } from '../tests/setup/chromiumPath.mjs';

export interface Machine {
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1-minute load average when the run started: other work on the machine shows here. */
  loadAverage: number;
}

function chromiumVersion(): string {
  const path = findChromium();
  if (path === undefined) return 'not found';
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `unknown (${path})`;
  }
}

export function describeMachine(): Machine {
  return {
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
