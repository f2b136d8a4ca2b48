/**
 * Signing code per language, as data: its lines, the line that performs each step, and the step value each line holds.
 * The step-through shows a step's explanation beside its lines and each line's value for the current request, so a
 * reader can map what the app computes onto code they will write. A language is added by adding its entry here.
 */
import type { StepValueId, ValueStyle } from '../../core/inlineValues.ts';
import type { CodeLanguage } from '../../state/settingsStore.ts';

export type StepId = 'secretHash' | 'timestamp' | 'payload' | 'signature';
export const STEP_ORDER: readonly StepId[] = ['secretHash', 'timestamp', 'payload', 'signature'];

/** A line of code, and the step value it holds once it has run (shown beside it, as a debugger's inline values). */
export type CodeLine = string | { code: string; shows?: StepValueId };

export interface StepCode {
  lines: CodeLine[];
  /** Zero-based line indexes that perform each step. */
  stepLines: Record<StepId, number[]>;
  /** How the language prints a value; `plain` when left out. */
  valueStyle?: ValueStyle;
}

export const lineCode = (line: CodeLine): string => (typeof line === 'string' ? line : line.code);
export const lineShows = (line: CodeLine): StepValueId | undefined => (typeof line === 'string' ? undefined : line.shows);

// Each program signs the body as a string, exactly as it is sent: serialized once, so the value beside each line is
// the one the app computes for the current request — and the one the server will compute.
const javascript: StepCode = {
  valueStyle: 'javascript',
  lines: [
    "const crypto = require('crypto');",
    { code: "const secretHash = crypto.createHash('sha256').update(apiSecret).digest('hex');", shows: 'secretHash' },
    { code: 'const timestamp = Math.floor(Date.now() / 1000);', shows: 'timestamp' },
    { code: 'const body = requestBody; // the exact string you send, e.g. JSON.stringify(message)', shows: 'body' },
    { code: 'const payload = `${timestamp}.${body}`;', shows: 'payload' },
    { code: "const payloadBytes = Buffer.from(payload, 'utf8');", shows: 'payloadBytes' },
    { code: "const signature = crypto.createHmac('sha256', secretHash).update(payloadBytes).digest('hex');", shows: 'signature' },
  ],
  stepLines: { secretHash: [1], timestamp: [2], payload: [3, 4, 5], signature: [6] },
};

const python: StepCode = {
  valueStyle: 'python',
  lines: [
    'import hashlib, hmac, time',
    { code: 'secret_hash = hashlib.sha256(api_secret.encode()).hexdigest()', shows: 'secretHash' },
    { code: 'timestamp = int(time.time())', shows: 'timestamp' },
    { code: "body = request_body  # the exact str you send, e.g. json.dumps(data, separators=(',', ':'), ensure_ascii=False)", shows: 'body' },
    { code: 'payload = f"{timestamp}.{body}"', shows: 'payload' },
    { code: "payload_bytes = payload.encode('utf-8')", shows: 'payloadBytes' },
    { code: 'signature = hmac.new(secret_hash.encode(), payload_bytes, hashlib.sha256).hexdigest()', shows: 'signature' },
  ],
  stepLines: { secretHash: [1], timestamp: [2], payload: [3, 4, 5], signature: [6] },
};

const php: StepCode = {
  valueStyle: 'php',
  lines: [
    { code: "$secretHash = hash('sha256', $apiSecret);", shows: 'secretHash' },
    { code: '$timestamp = time();', shows: 'timestamp' },
    { code: '$body = $requestBody; // the exact string you send', shows: 'body' },
    { code: "$payload = $timestamp . '.' . $body; // PHP strings are bytes", shows: 'payload' },
    { code: "$signature = hash_hmac('sha256', $payload, $secretHash);", shows: 'signature' },
  ],
  stepLines: { secretHash: [0], timestamp: [1], payload: [2, 3], signature: [4] },
};

const curl: StepCode = {
  lines: [
    { code: 'secret_hash=$(printf %s "$COEXT_API_SECRET" | sha256sum | cut -d" " -f1)', shows: 'secretHash' },
    { code: 'timestamp=$(date +%s)', shows: 'timestamp' },
    { code: 'payload="$timestamp.$body"', shows: 'payload' },
    { code: 'signature=$(printf %s "$payload" | openssl dgst -sha256 -hmac "$secret_hash" | sed "s/^.*= //")', shows: 'signature' },
  ],
  stepLines: { secretHash: [0], timestamp: [1], payload: [2], signature: [3] },
};

const go: StepCode = {
  lines: [
    'sum := sha256.Sum256([]byte(apiSecret))',
    { code: 'secretHash := hex.EncodeToString(sum[:])', shows: 'secretHash' },
    { code: 'timestamp := strconv.FormatInt(time.Now().Unix(), 10)', shows: 'timestamp' },
    { code: 'payload := timestamp + "." + body // body: the exact string you send', shows: 'payload' },
    'mac := hmac.New(sha256.New, []byte(secretHash))',
    'mac.Write([]byte(payload))',
    { code: 'signature := hex.EncodeToString(mac.Sum(nil))', shows: 'signature' },
  ],
  stepLines: { secretHash: [0, 1], timestamp: [2], payload: [3], signature: [4, 5, 6] },
};

const java: StepCode = {
  lines: [
    'byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiSecret.getBytes(StandardCharsets.UTF_8));',
    { code: 'String secretHash = HexFormat.of().formatHex(hash);', shows: 'secretHash' },
    { code: 'String timestamp = Long.toString(System.currentTimeMillis() / 1000);', shows: 'timestamp' },
    { code: 'String payload = timestamp + "." + body; // body: the exact string you send', shows: 'payload' },
    'Mac mac = Mac.getInstance("HmacSHA256");',
    'mac.init(new SecretKeySpec(secretHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));',
    { code: 'String signature = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));', shows: 'signature' },
  ],
  stepLines: { secretHash: [0, 1], timestamp: [2], payload: [3], signature: [4, 5, 6] },
};

const ruby: StepCode = {
  lines: [
    "require 'openssl'",
    { code: 'secret_hash = OpenSSL::Digest::SHA256.hexdigest(api_secret)', shows: 'secretHash' },
    { code: 'timestamp = Time.now.to_i.to_s', shows: 'timestamp' },
    { code: 'payload = "#{timestamp}.#{body}" # body: the exact string you send', shows: 'payload' },
    { code: "signature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, payload)", shows: 'signature' },
  ],
  stepLines: { secretHash: [1], timestamp: [2], payload: [3], signature: [4] },
};

export const STEP_CODE: Record<CodeLanguage, StepCode> = { javascript, python, php, curl, go, java, ruby };

export const STEP_EXPLANATIONS: Record<StepId, { title: string; text: string }> = {
  secretHash: {
    title: '1. Hash the secret',
    text: 'SHA-256 of the secret’s UTF-8 bytes, written as 64 lowercase hex characters. That hex text — not the 32 raw bytes — is the HMAC key. A newline after the secret (echo) or uppercase hex gives a different key.',
  },
  timestamp: {
    title: '2. Take the timestamp',
    text: 'Unix time in whole seconds (10 digits today), the same value you send in X-Timestamp. Milliseconds (Date.now()) or a second read of the clock break the signature; the server rejects anything more than 300 s away.',
  },
  payload: {
    title: '3. Build the payload',
    text: 'The timestamp, a dot, then the body exactly as sent — every space, escape and newline counts. Sign the string you send; do not serialize the object twice.',
  },
  signature: {
    title: '4. Compute the HMAC',
    text: 'HMAC-SHA256 of the payload’s UTF-8 bytes, keyed with the secret hash’s hex text, written as 64 lowercase hex characters in X-API-Signature.',
  },
};

/** Language-specific warnings a step deserves. */
export function stepCaveat(language: CodeLanguage, step: StepId): string | undefined {
  if (language === 'python' && step === 'payload') {
    return 'The guide’s Python escapes non-ASCII text (json.dumps defaults to ensure_ascii=True): "Café" is signed as "Caf\\u00e9", different bytes from its JavaScript example. Add ensure_ascii=False, and send exactly body with data=, not json=.';
  }
  if (language === 'javascript' && step === 'payload') {
    return 'Send the same body string you signed: calling JSON.stringify again elsewhere, or letting a library serialize the object, can produce different bytes.';
  }
  if (language === 'java' && step === 'secretHash') {
    return 'HexFormat (Java 17+) writes two digits per byte; a loop of Integer.toHexString drops leading zeros and gives a different key.';
  }
  if (language === 'go' && step === 'payload') {
    return 'Sign and send one string: json.Marshal writes <, > and & as \\u003c, \\u003e, \\u0026, so marshalling again for the request changes the bytes.';
  }
  if (language === 'curl' && step === 'secretHash') {
    return 'printf %s, not echo: echo adds a newline to the secret before hashing.';
  }
  return undefined;
}
