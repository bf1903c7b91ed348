import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/chromium';

/** A figure set against its target: at most `target` passes. */
export interface Figure {
  label: string;
  value: number;
  target: number;
  unit: string;
  digits: number;
}

/** One aligned line: the figure, its target, and PASS or MISS (benchmarks report; they do not fail). */
export function figureLine({ label, value, target, unit, digits }: Figure): string {
  const shown = `${value.toFixed(digits)}${unit}`;
  const verdict = value <= target ? 'PASS' : 'MISS';
  return `  ${label.padEnd(34)} ${shown.padStart(10)}   target ≤ ${target}${unit}   ${verdict}`;
}

export function noteLine(text: string): string {
  return `  ${text}`;
}

/** What ran the figures: they mean little without it. */
export function machineLine(): string {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  const browser = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  const cores = cpus();
  return `${browser}; ${cores[0]?.model ?? 'unknown CPU'} × ${cores.length}; Node ${process.version}`;
}

/** Other work on the machine slows every figure, and the ratio most: say so beside them. */
export function busyLine(): string {
  const [lastMinute = 0] = loadavg();
  const cores = cpus().length;
  const busy =
    lastMinute > cores / 2 ? ': the machine is busy, so the figures are slower and noisier than on an idle one' : '';
  return `load average ${lastMinute.toFixed(1)} over the last minute on ${cores} cores${busy}`;
}
