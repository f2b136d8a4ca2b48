/**
 * The diagnoser's view state: what the user gave it (a pasted request or three fields), and the run — its status,
 * progress and result. The secret is never stored here: a run reads it from the credentials store and hands it to
 * the worker. Each run owns an AbortController; starting another or cancelling aborts it, and a run whose controller
 * is no longer current drops its progress and result, so an old diagnosis never overwrites a newer one.
 */
import { create } from 'zustand';
import type { Diagnosis, DiagnoseInput } from '../core/diagnose.ts';
import {
  failingRequestFromFields, failingRequestFromText, type FailingRequestField, type FailingRequestResult, type SentFields,
} from '../core/failingRequest.ts';
import { ENDPOINTS } from '../core/requestModel.ts';
import { useClockStore } from './clockStore.ts';
import { useCredentialsStore } from './credentialsStore.ts';
import { runDiagnosis } from './diagnoseBridge.ts';
import type { PendingDiagnosis } from './diagnosisInbox.ts';
import { useRequestStore } from './requestStore.ts';
import { useSignatureStore } from './signatureStore.ts';

export type InputMode = 'paste' | 'fields';
export type DiagnosisStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface DiagnosisState {
  mode: InputMode;
  /** The pasted request in any format the diagnoser reads, exactly (carriage returns included). */
  pasteText: string;
  /** Which of a pasted HAR file's signed requests to diagnose (an index among them); unset until one is chosen. */
  harChoice: number | undefined;
  fields: SentFields;
  /** Why the last Diagnose could not start, for the field at fault; cleared when that input changes. */
  inputError: { field: FailingRequestField; message: string } | undefined;
  /** The parser's warnings about the request of the last run (an unexpanded $VAR, curl -d on a file…). */
  warnings: string[];
  /** What the server said it verified, when the request came from the explorer's own failed Send. */
  serverDetails: Record<string, unknown> | undefined;
  status: DiagnosisStatus;
  progress: { tried: number; level: number; fraction: number } | undefined;
  result: Diagnosis | undefined;
  /** Why the last run failed (the worker could not run), as a sentence. */
  failure: string | undefined;
}

export const initialDiagnosis: DiagnosisState = {
  mode: 'paste',
  pasteText: '',
  harChoice: undefined,
  fields: { timestamp: '', body: '', signature: '' },
  inputError: undefined,
  warnings: [],
  serverDetails: undefined,
  status: 'idle',
  progress: undefined,
  result: undefined,
  failure: undefined,
};

export const useDiagnosisStore = create<DiagnosisState>()(() => initialDiagnosis);

export const useDiagnosisMode = () => useDiagnosisStore((s) => s.mode);
export const usePasteText = () => useDiagnosisStore((s) => s.pasteText);
export const useHarChoice = () => useDiagnosisStore((s) => s.harChoice);
export const useSentField = (name: keyof SentFields) => useDiagnosisStore((s) => s.fields[name]);
export const useInputError = () => useDiagnosisStore((s) => s.inputError);
export const useDiagnosisWarnings = () => useDiagnosisStore((s) => s.warnings);
export const useServerDetails = () => useDiagnosisStore((s) => s.serverDetails);
export const useDiagnosisStatus = () => useDiagnosisStore((s) => s.status);
export const useDiagnosisProgress = () => useDiagnosisStore((s) => s.progress);
export const useDiagnosisResult = () => useDiagnosisStore((s) => s.result);
export const useDiagnosisFailure = () => useDiagnosisStore((s) => s.failure);

export function setDiagnosisMode(mode: InputMode): void {
  useDiagnosisStore.setState({ mode, inputError: undefined });
}

export function setPasteText(pasteText: string): void {
  useDiagnosisStore.setState({ pasteText, harChoice: undefined, inputError: undefined, serverDetails: undefined });
}

export function setHarChoice(harChoice: number | undefined): void {
  useDiagnosisStore.setState({ harChoice, inputError: undefined });
}

export function setSentField(name: keyof SentFields, value: string): void {
  const { fields, inputError } = useDiagnosisStore.getState();
  useDiagnosisStore.setState({
    fields: { ...fields, [name]: value },
    serverDetails: undefined,
    ...(inputError?.field === name ? { inputError: undefined } : {}),
  });
}

let current: AbortController | undefined;

/** The editor's body, unless it is still an untouched endpoint example: comparing a pasted request with that is noise. */
function editorBodyToCompare(): string | undefined {
  const { body } = useRequestStore.getState();
  return ENDPOINTS.some((endpoint) => endpoint.exampleBody === body) ? undefined : body;
}

function requestFromInput(state: DiagnosisState): FailingRequestResult {
  const { apiKey } = useCredentialsStore.getState();
  return state.mode === 'paste' ? failingRequestFromText(state.pasteText, apiKey, state.harChoice) : failingRequestFromFields(state.fields, apiKey);
}

/** Diagnoses the request as entered, off the main thread; resolves when this run's outcome is stored or dropped. */
export async function startDiagnosis(): Promise<void> {
  const parsed = requestFromInput(useDiagnosisStore.getState());
  current?.abort();
  current = undefined;
  if (!parsed.ok) {
    useDiagnosisStore.setState({ inputError: parsed.error, warnings: [], status: 'idle', progress: undefined, result: undefined, failure: undefined });
    return;
  }
  const controller = new AbortController();
  current = controller;
  const editorBody = editorBodyToCompare();
  const input: DiagnoseInput = {
    request: parsed.request,
    secret: useCredentialsStore.getState().secret,
    nowSeconds: Math.floor(useClockStore.getState().nowMs / 1000),
    ...(editorBody === undefined ? {} : { editorBody }),
  };
  useDiagnosisStore.setState({
    inputError: undefined, warnings: parsed.warnings, status: 'running', progress: { tried: 0, level: 0, fraction: 0 }, result: undefined, failure: undefined,
  });
  const isCurrent = () => current === controller && !controller.signal.aborted;
  try {
    const result = await runDiagnosis(input, {
      signal: controller.signal,
      onProgress: (tried, level, fraction) => {
        if (isCurrent()) useDiagnosisStore.setState({ progress: { tried, level, fraction } });
      },
    });
    if (isCurrent()) useDiagnosisStore.setState({ status: 'done', result });
  } catch (error) {
    if (!isCurrent()) return;
    useDiagnosisStore.setState({ status: 'failed', failure: `The diagnosis could not run: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    if (current === controller) current = undefined;
  }
}

/** Stops the running diagnosis; what it had tried so far stays visible. */
export function cancelDiagnosis(): void {
  if (current === undefined) return;
  current.abort();
  current = undefined;
  useDiagnosisStore.setState({ status: 'cancelled' });
}

/** Resets to the initial state, cancelling any run (tests and the "Clear" button). */
export function resetDiagnosis(): void {
  current?.abort();
  current = undefined;
  useDiagnosisStore.setState(initialDiagnosis, true);
}

/**
 * Fills the three fields from the explorer: the body it sends, and the timestamp and signature computed for that
 * body. (Only those three: the secret's hash in the same store stays where it is.)
 */
export function fillFromExplorer(): void {
  const { steps, sentBody, timestamp, error } = useSignatureStore.getState();
  if (steps === undefined) {
    const why = !timestamp.ok ? timestamp.error.message : error ?? 'the signature is not computed yet.';
    useDiagnosisStore.setState({ mode: 'fields', inputError: { field: 'request', message: `The explorer has no signed request to use: ${why}` } });
    return;
  }
  useDiagnosisStore.setState({
    mode: 'fields',
    fields: { timestamp: steps.timestamp.output, body: sentBody ?? '', signature: steps.signature.output },
    inputError: undefined,
    serverDetails: undefined,
  });
}

/** Takes a failed Send handed over by the Error explanation ("Analyze this failure") and diagnoses it at once. */
export function diagnosePending(pending: PendingDiagnosis): Promise<void> {
  const { request, serverDetails } = pending;
  useDiagnosisStore.setState({
    mode: 'fields',
    fields: { timestamp: request.timestamp ?? '', body: request.body ?? '', signature: request.signature ?? '' },
    inputError: undefined,
    serverDetails,
  });
  return startDiagnosis();
}
