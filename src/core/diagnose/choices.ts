/**
 * One choice in one family of the search: what the client may have done instead of the documented step. The
 * documented step itself is the family's choice with no ids and `deviations: 0`.
 */
import type { CauseId } from './types.ts';

export interface Choice {
  ids: CauseId[];
  /** How many mistakes this choice counts as (1 for almost all; a combined key mistake counts 2). */
  deviations: number;
  /** Lower is more likely; ranks hypotheses reproducing the signature at the same level. */
  prior: number;
  /** What the client did, in words, for the sentence and the evidence. */
  label: string;
}

export interface KeyChoice extends Choice {
  /** The HMAC key bytes (for `key.swapped`, the correct key, used as the message). */
  bytes: Uint8Array<ArrayBuffer>;
  swapped: boolean;
}

export interface TimestampChoice extends Choice {
  /** The timestamp text the client signed. */
  text: string;
  /** One of the ±600 s / 1000 ms range searched only when it is the sole mistake (see search.ts). */
  wide: boolean;
}

export interface FramingChoice extends Choice {
  /** The signed message text around the timestamp and the body. */
  compose(timestamp: string, body: string): string;
  /** Whether the timestamp takes part (body-only makes every timestamp choice equivalent). */
  usesTimestamp: boolean;
}

export interface BodyChoice extends Choice {
  /** The body bytes the client signed. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Those bytes as text, for the diff; `undefined` when they are not the UTF-8 of any text (charset mistakes). */
  text: string | undefined;
  /** For a sent body whose encoding hides its content (a form), what it holds, decoded, in words. */
  sentDecoded?: string;
}

export const DOCUMENTED = { ids: [], deviations: 0, prior: 0 } as const;
