/**
 * The live signature: recomputed from the credentials, the request and the clock whenever any of them changes.
 * Signing is async (Web Crypto), so each run carries a number and a result is dropped when a newer run has started —
 * a slow 1 MB keystroke can never overwrite the signature of the text typed after it.
 */
import { create } from 'zustand';
import type { Hex } from '../core/encoding.ts';
import { planBody } from '../core/requestModel.ts';
import { utf8 } from '../core/encoding.ts';
import { createIncrementalHmac, type IncrementalHmac } from '../core/incrementalHmac.ts';
import { hashSecret, importSigningKey, type SignatureSteps, signIncrementally, signWithKey } from '../core/signing.ts';
import { parseTimestampInput, type TimestampResult } from '../core/timestampInput.ts';
import { useClockStore } from './clockStore.ts';
import { createLatestOnly } from './latestOnly.ts';
import { createPaintedMirror } from './paintedMirror.ts';
import { useCredentialsStore } from './credentialsStore.ts';
import { type RequestState, useRequestStore } from './requestStore.ts';

export interface SignatureState {
  /** The timestamp that will be sent, or why there is none. */
  timestamp: TimestampResult;
  steps: SignatureSteps | undefined;
  /** The body that is signed and the one sent (undefined: no body), for the same run as `steps`. */
  sentBody: string | undefined;
  error: string | undefined;
}

export const initialSignature: SignatureState = {
  timestamp: { ok: false, error: { field: 'timestamp', message: 'Not computed yet.' } },
  steps: undefined,
  sentBody: undefined,
  error: undefined,
};

export const useSignatureStore = create<SignatureState>()(() => initialSignature);

/** The signature as of the last painted frame: what the views that explain it read (see paintedMirror.ts). */
const useShownSignatureStore = createPaintedMirror(useSignatureStore);

export const useSignatureSteps = () => useShownSignatureStore((s) => s.steps);
export const useSignedTimestamp = () => useShownSignatureStore((s) => s.timestamp);
export const useSigningError = () => useShownSignatureStore((s) => s.error);
/** The signature this instant, for the `Signature` output alone: it changes in the keystroke's own frame. */
export const useLiveSignature = () => useSignatureStore((s) => (s.timestamp.ok ? (s.steps?.signature.output ?? '') : ''));

/** The timestamp a request would carry right now. */
export function currentTimestamp(request: RequestState, nowMs: number): TimestampResult {
  if (request.timestampMode === 'live') return { ok: true, value: Math.floor(nowMs / 1000) };
  return parseTimestampInput(request.pinnedTimestamp);
}

const runLatest = createLatestOnly();

/**
 * From this many characters the body is signed incrementally (incrementalHmac.ts): typing into a megabyte re-hashes
 * only what follows the edit. Below it Web Crypto hashing all of it is cheaper than keeping states.
 */
const INCREMENTAL_FROM = 128 * 1024;

interface SigningKeys {
  hash: Hex;
  key: CryptoKey;
  incremental: IncrementalHmac;
}

/** The secret's hash and its HMAC keys: they change only when the secret does. */
interface Signer {
  secret: string;
  ready: Promise<SigningKeys>;
  /** Set once `ready` resolves, so a keystroke can start its HMAC without waiting a turn for a settled promise. */
  settled?: SigningKeys;
}
let signer: Signer | undefined;

function signerFor(secret: string): Signer {
  if (signer?.secret === secret) return signer;
  const created: Signer = {
    secret,
    ready: hashSecret(secret).then(async (hash) => ({
      hash, key: await importSigningKey(hash), incremental: createIncrementalHmac(utf8(hash)),
    })),
  };
  // A failure reaches the caller through `ready`; this branch only records success.
  created.ready.then((value) => { created.settled = value; }, () => undefined);
  signer = created;
  return created;
}

async function sign(secret: string, timestamp: number, body: string): Promise<SignatureSteps> {
  const keys = signerFor(secret);
  const { hash, key, incremental } = keys.settled ?? await keys.ready;
  const input = { secret, timestamp, body };
  return body.length >= INCREMENTAL_FROM ? signIncrementally(hash, incremental, input) : signWithKey(hash, key, input);
}

/** Characters hashed ahead per step: ~1 ms at ~17 ms a megabyte. */
const AHEAD_STEP = 64 * 1024;
/** The longest an idle callback hashes ahead before yielding, so a key pressed meanwhile waits no longer. */
const AHEAD_SLICE_MS = 4;

/** The hashing ahead in progress: one at a time, each new signing replaces it. */
let ahead: { cancel(): void; done: Promise<void> } | undefined;

/**
 * With a live timestamp, each new second changes the payload's first characters, and an incrementally signed body
 * would be hashed whole in JavaScript as the clock ticks (~17–27 ms a megabyte, a long task every second). So the
 * next second's payload is hashed ahead, a few steps per idle moment; typing meanwhile only cuts it back to the edit.
 */
function hashAhead(secret: string, timestamp: TimestampResult, request: RequestState, body: string): void {
  ahead?.cancel();
  ahead = undefined;
  if (!timestamp.ok || request.timestampMode !== 'live' || body.length < INCREMENTAL_FROM) return;
  const incremental = signerFor(secret).settled?.incremental;
  if (!incremental) return;
  const prefix = `${timestamp.value + 1}.`;
  let cancelled = false;
  const done = new Promise<void>((resolve) => {
    const step = (deadline: IdleDeadline) => {
      if (cancelled) return resolve();
      // At least one step a call: a page never idle (typing without pause) still gets there, 1 ms per half second.
      // At most a few: an idle period can last 50 ms, and a key pressed meanwhile would wait for its end.
      const until = performance.now() + AHEAD_SLICE_MS;
      let finished: boolean;
      do finished = incremental.prepare(prefix, body, AHEAD_STEP);
      while (!finished && deadline.timeRemaining() > 1 && performance.now() < until);
      if (finished) resolve();
      else requestIdle(step);
    };
    requestIdle(step);
  });
  ahead = { cancel: () => { cancelled = true; }, done };
}

/** requestIdleCallback, or (where there is none) a timer that grants a few milliseconds. */
function requestIdle(callback: IdleRequestCallback): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(() => callback({ didTimeout: true, timeRemaining: () => AHEAD_SLICE_MS }), 0);
}

/** Resolves once the next second's payload is hashed ahead (or that was cancelled, or there is none to hash). */
export function hashedAhead(): Promise<void> {
  return ahead?.done ?? Promise.resolve();
}

/** Recomputes the signature for the current state; resolves when this run's result is stored or dropped. */
export async function recomputeSignature(): Promise<void> {
  const request = useRequestStore.getState();
  const { secret } = useCredentialsStore.getState();
  const timestamp = currentTimestamp(request, useClockStore.getState().nowMs);
  const body = planBody(request.method, request.body, request.emptyBody);
  if (!timestamp.ok) {
    // Still a run: it must also supersede any signing still in flight for the previous, valid timestamp.
    await runLatest(async () => undefined, () => {
      useSignatureStore.setState({ timestamp, steps: undefined, sentBody: body.sent, error: undefined });
      hashAhead(secret, timestamp, request, body.signed);
    });
    return;
  }
  await runLatest(
    async () => {
      try {
        const steps = await sign(secret, timestamp.value, body.signed);
        return { timestamp, steps, sentBody: body.sent, error: undefined };
      } catch (error) {
        return { timestamp, steps: undefined, sentBody: body.sent, error: `Signing failed: ${String(error)}` };
      }
    },
    (state) => {
      useSignatureStore.setState(state);
      // Here, not in the run: only the newest run's body is worth hashing ahead.
      if (state.steps) hashAhead(secret, timestamp, request, body.signed);
    },
  );
}

/** Keeps the signature in step with its inputs; returns the unsubscribe function. */
export function startSignatureSync(): () => void {
  const recompute = () => void recomputeSignature();
  const stops = [
    useRequestStore.subscribe(recompute),
    useCredentialsStore.subscribe(recompute),
    useClockStore.subscribe((state, previous) => {
      // Only a live timestamp depends on the clock, and only when the second changes.
      const liveTick = Math.floor(state.nowMs / 1000) !== Math.floor(previous.nowMs / 1000);
      if (liveTick && useRequestStore.getState().timestampMode === 'live') recompute();
    }),
  ];
  recompute();
  return () => stops.forEach((stop) => stop());
}
