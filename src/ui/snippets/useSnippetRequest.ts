import { useMemo } from 'react';
import { planBody } from '../../core/requestModel.ts';
import type { SnippetRequest } from '../../core/snippets/snippetRequest.ts';
import { parseTimestampInput } from '../../core/timestampInput.ts';
import { useCredentialsStore } from '../../state/credentialsStore.ts';
import {
  useEmptyBody,
  useMethod,
  usePath,
  usePinnedTimestamp,
  useShownBody,
  useTimestampMode,
} from '../../state/requestStore.ts';
import { effectiveBaseUrl, useBaseUrl } from '../../state/settingsStore.ts';
import { useSignatureSteps } from '../../state/signatureStore.ts';

export interface SnippetSource {
  request: SnippetRequest;
  /** The pinned timestamp, when pinned and valid. */
  pinned: number | undefined;
  /** Why a pinned timestamp could not be used, when it is invalid. */
  pinnedProblem: string | undefined;
  /** The live signature for exactly this pinned timestamp and body, when a secret is typed. */
  precomputedSignature: string | undefined;
}

/** The current request as the snippet generators take it. Credentials are never part of it. */
export function useSnippetSource(): SnippetSource {
  const method = useMethod();
  const path = usePath();
  // The painted copy (the panel defers the result too): the body comparison below, over a megabyte, must not run in
  // a keystroke's own frame.
  const body = useShownBody();
  const emptyBody = useEmptyBody();
  const timestampMode = useTimestampMode();
  const pinnedText = usePinnedTimestamp();
  const baseUrl = useBaseUrl();
  const steps = useSignatureSteps();
  const hasSecret = useCredentialsStore((state) => state.secret !== '');

  return useMemo(() => {
    const planned = planBody(method, body, emptyBody);
    const request: SnippetRequest = {
      method,
      baseUrl: effectiveBaseUrl(baseUrl, window.location.origin),
      path,
      body: planned.sent ?? '',
      emptyBody,
    };
    if (timestampMode !== 'pinned') return { request, pinned: undefined, pinnedProblem: undefined, precomputedSignature: undefined };
    const timestamp = parseTimestampInput(pinnedText);
    if (!timestamp.ok) return { request, pinned: undefined, pinnedProblem: timestamp.error.message, precomputedSignature: undefined };
    // The signature store is async: use its signature only when it was computed for this very timestamp and body.
    const matches = hasSecret && steps !== undefined && steps.timestamp.input === timestamp.value
      && steps.payload.input.body === planned.signed;
    return {
      request: { ...request, pinned: { timestamp: timestamp.value } },
      pinned: timestamp.value,
      pinnedProblem: undefined,
      precomputedSignature: matches ? steps.signature.output : undefined,
    };
  }, [method, path, body, emptyBody, timestampMode, pinnedText, baseUrl, steps, hasSecret]);
}
