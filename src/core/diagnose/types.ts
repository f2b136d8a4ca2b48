/**
 * The diagnoser's vocabulary (DESIGN.md §5): stable cause ids, the request as it was sent, and the diagnosis.
 * Each id names how what was SIGNED differs from what was SENT.
 */

export const KEY_IDS = [
  'key.raw-secret', 'key.binary-hash', 'key.uppercase-hash', 'key.hex-leading-zeros', 'key.secret-whitespace',
  'key.sha256sum-suffix', 'key.double-hash', 'key.swapped', 'key.api-key-as-secret',
] as const;
export const TIMESTAMP_IDS = ['timestamp.milliseconds', 'timestamp.header-mismatch'] as const;
export const FRAMING_IDS = ['payload.no-separator', 'payload.other-separator', 'payload.body-only', 'payload.reversed'] as const;
export const BODY_IDS = [
  'body.reserialized', 'body.python-default', 'body.python-ensure-ascii', 'body.pretty', 'body.jackson-pretty',
  'body.sorted-keys', 'body.php-escaped-slashes', 'body.php-escaped-unicode', 'body.go-html-escape', 'body.gson-escape',
  'body.dotnet-escape', 'body.trailing-newline', 'body.newlines-stripped', 'body.crlf', 'body.bom', 'body.latin1',
  'body.object-string', 'body.form-urlencoded', 'body.multipart', 'body.empty-variant', 'body.double-encoded',
] as const;
export const ENCODING_IDS = [
  'encoding.uppercase-hex', 'encoding.base64', 'encoding.base64url', 'encoding.prefixed', 'encoding.dropped-leading-zeros',
] as const;
export const ALGORITHM_IDS = ['algorithm.sha1', 'algorithm.sha512', 'algorithm.plain-sha256'] as const;

/** Every id of DESIGN.md §5, plus the two verdicts that stand alone. */
export const CAUSE_IDS = [
  'valid', 'unreproduced', ...KEY_IDS, ...TIMESTAMP_IDS, ...FRAMING_IDS, ...BODY_IDS, ...ENCODING_IDS, ...ALGORITHM_IDS,
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** The request exactly as the client sent it: header texts and the body text. */
export interface SentRequest {
  /** X-Timestamp header text. */
  timestamp: string;
  /** The body as sent (the server received its UTF-8 bytes). */
  body: string;
  /** X-API-Signature header text. */
  signature: string;
  method?: string;
  path?: string;
  apiKey?: string;
}

export interface DiagnoseInput {
  request: SentRequest;
  /** The API secret; without it only the checks that need no secret run. */
  secret?: string;
  /** The body in the explorer's editor, when the failing request came from elsewhere. */
  editorBody?: string;
  /** The current Unix time in seconds (passed in: the core never reads the clock). */
  nowSeconds: number;
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type Evidence = { sent: string; signed: string; parts: DiffPart[] } | { note: string };

export type FixLanguage = 'javascript' | 'python' | 'php' | 'shell' | 'java' | 'go' | 'ruby' | 'csharp' | 'any';

export interface Cause {
  /** One id, or every id of a combined cause. */
  ids: CauseId[];
  sentence: string;
  evidence?: Evidence;
  /** The fix in the language the mistake points to (`any` when it points to none). */
  fix: { language: FixLanguage; code: string };
  /** The same fix in each language that has one (every snippet language for a found mistake), for "Fix in". */
  fixes?: Partial<Record<FixLanguage, string>>;
  /** On the first of several causes: one sentence saying why the second is ranked below it. */
  runnerUp?: string;
}

export interface Check {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface Verdicts {
  /** Whether the signature verifies over the exact bytes received. */
  raw: boolean;
  /** Whether it verifies over `JSON.stringify(JSON.parse(body))`, or 'not-json'. */
  reserialized: boolean | 'not-json';
}

export interface Diagnosis {
  /** Most likely first; `[valid]` or `[unreproduced]` alone. Empty without a secret. */
  causes: Cause[];
  checks: Check[];
  /** Undefined without a secret. */
  verdicts: Verdicts | undefined;
  /** Full hypotheses (one choice in each of the six families) compared with the received signature. */
  hypothesesTried: number;
  /** Without a secret: what the secret would add. */
  secretNeeded?: string;
}

export interface DiagnoseOptions {
  signal?: AbortSignal;
  /** `fraction`: the share of the planned hypotheses done, 0 to 1. */
  onProgress?(tried: number, level: number, fraction: number): void;
}
