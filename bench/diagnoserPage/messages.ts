/** What the bench page asks its worker, and what the worker answers. */
import type { DiagnoseInput } from '../../src/core/diagnose.ts';

export type ToBenchWorker =
  | { type: 'diagnose'; input: DiagnoseInput }
  | { type: 'raw'; keyCount: number; payloadBytes: number; signs: number };

export interface DiagnoseTiming {
  ms: number;
  hypothesesTried: number;
  /** HMAC signs and digests the search made, counted at `crypto.subtle`. */
  signs: number;
  digests: number;
  /** The first cause's ids: the verdict. */
  verdict: string[];
}

export interface RawTiming {
  ms: number;
  signs: number;
}

export type FromBenchWorker = DiagnoseTiming | RawTiming;
