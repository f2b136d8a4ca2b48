/** The typed messages between the diagnoser's worker and its bridge (src/state/diagnoseBridge.ts). */
import type { Diagnosis, DiagnoseInput } from '../core/diagnose.ts';

export type ToDiagnoseWorker =
  | { type: 'run'; id: number; input: DiagnoseInput }
  | { type: 'cancel'; id: number };

export type FromDiagnoseWorker =
  | { type: 'progress'; id: number; tried: number; level: number; fraction: number }
  | { type: 'result'; id: number; diagnosis: Diagnosis }
  | { type: 'error'; id: number; name: string; message: string };
