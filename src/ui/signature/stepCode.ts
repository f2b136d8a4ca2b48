/**
 * The guide's own signing code, per language, with the line that performs each step. The step-through mode shows
 * the explanation of a step beside its line, so a reader can map what the app computes onto code they will write.
 */
import type { CodeLanguage } from '../../state/settingsStore.ts';

export type StepId = 'secretHash' | 'timestamp' | 'payload' | 'signature';
export const STEP_ORDER: readonly StepId[] = ['secretHash', 'timestamp', 'payload', 'signature'];

export interface StepCode {
  lines: string[];
  /** Zero-based line indexes that perform each step. */
  stepLines: Record<StepId, number[]>;
}

const javascript: StepCode = {
  lines: [
    "const crypto = require('crypto');",
    "const secretHash = crypto.createHash('sha256').update(apiSecret).digest('hex');",
    'const timestamp = Math.floor(Date.now() / 1000);',
    'const bodyString = JSON.stringify(requestBody);',
    'const payload = `${timestamp}.${bodyString}`;',
    "const signature = crypto.createHmac('sha256', secretHash).update(payload).digest('hex');",
  ],
  stepLines: { secretHash: [1], timestamp: [2], payload: [3, 4], signature: [5] },
};

const python: StepCode = {
  lines: [
    'import hashlib, hmac, json, time',
    'secret_hash = hashlib.sha256(api_secret.encode()).hexdigest()',
    'timestamp = int(time.time())',
    "body_string = json.dumps(request_body, separators=(',', ':'))",
    'payload = f"{timestamp}.{body_string}"',
    'signature = hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()',
  ],
  stepLines: { secretHash: [1], timestamp: [2], payload: [3, 4], signature: [5] },
};

const php: StepCode = {
  lines: [
    '$secretHash = hash(\'sha256\', $apiSecret);',
    '$timestamp = time();',
    '$payload = $timestamp . \'.\' . $body; // $body: the exact string you send',
    '$signature = hash_hmac(\'sha256\', $payload, $secretHash);',
  ],
  stepLines: { secretHash: [0], timestamp: [1], payload: [2], signature: [3] },
};

const curl: StepCode = {
  lines: [
    'secret_hash=$(printf %s "$COEXT_API_SECRET" | sha256sum | cut -d" " -f1)',
    'timestamp=$(date +%s)',
    'payload="$timestamp.$body"',
    'signature=$(printf %s "$payload" | openssl dgst -sha256 -hmac "$secret_hash" | sed "s/^.*= //")',
  ],
  stepLines: { secretHash: [0], timestamp: [1], payload: [2], signature: [3] },
};

const go: StepCode = {
  lines: [
    'sum := sha256.Sum256([]byte(apiSecret))',
    'secretHash := hex.EncodeToString(sum[:])',
    'timestamp := strconv.FormatInt(time.Now().Unix(), 10)',
    'payload := timestamp + "." + body // body: the exact string you send',
    'mac := hmac.New(sha256.New, []byte(secretHash))',
    'mac.Write([]byte(payload))',
    'signature := hex.EncodeToString(mac.Sum(nil))',
  ],
  stepLines: { secretHash: [0, 1], timestamp: [2], payload: [3], signature: [4, 5, 6] },
};

const java: StepCode = {
  lines: [
    'byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiSecret.getBytes(StandardCharsets.UTF_8));',
    'String secretHash = HexFormat.of().formatHex(hash);',
    'String timestamp = Long.toString(System.currentTimeMillis() / 1000);',
    'String payload = timestamp + "." + body; // body: the exact string you send',
    'Mac mac = Mac.getInstance("HmacSHA256");',
    'mac.init(new SecretKeySpec(secretHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));',
    'String signature = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));',
  ],
  stepLines: { secretHash: [0, 1], timestamp: [2], payload: [3], signature: [4, 5, 6] },
};

const ruby: StepCode = {
  lines: [
    "require 'openssl'",
    'secret_hash = OpenSSL::Digest::SHA256.hexdigest(api_secret)',
    'timestamp = Time.now.to_i.to_s',
    'payload = "#{timestamp}.#{body}" # body: the exact string you send',
    "signature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, payload)",
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
    return 'The guide’s Python escapes non-ASCII text (json.dumps defaults to ensure_ascii=True): "Café" is signed as "Caf\\u00e9", different bytes from its JavaScript example. Add ensure_ascii=False, and send exactly body_string with data=, not json=.';
  }
  if (language === 'javascript' && step === 'payload') {
    return 'Send the same bodyString you signed: calling JSON.stringify again elsewhere, or letting a library serialize the object, can produce different bytes.';
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
