/**
 * A hand-off point between the Error explanation and the diagnoser: "Analyze this failure" leaves the failed request
 * here, and the diagnoser's view takes it. State only; the request carries no secret (the diagnoser reads the secret
 * from the credentials store itself).
 */
import { create } from 'zustand';
import type { SentRequest } from '../core/sentRequest.ts';

export interface PendingDiagnosis {
  request: SentRequest;
  /** The server's `error.details` for the failure (its echoed payload, verification mode), if any. */
  serverDetails?: Record<string, unknown>;
}

export interface DiagnosisInboxState {
  pending: PendingDiagnosis | undefined;
}

export const initialDiagnosisInbox: DiagnosisInboxState = { pending: undefined };

export const useDiagnosisInbox = create<DiagnosisInboxState>()(() => initialDiagnosisInbox);

export const usePendingDiagnosis = () => useDiagnosisInbox((s) => s.pending);

export function setPendingDiagnosis(request: SentRequest, serverDetails?: Record<string, unknown>): void {
  useDiagnosisInbox.setState({ pending: serverDetails ? { request, serverDetails } : { request } });
}

/** Returns the pending request and empties the inbox. */
export function takePendingDiagnosis(): PendingDiagnosis | undefined {
  const { pending } = useDiagnosisInbox.getState();
  useDiagnosisInbox.setState(initialDiagnosisInbox, true);
  return pending;
}
