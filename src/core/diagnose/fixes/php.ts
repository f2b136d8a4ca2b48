/** The fixes in PHP (hash, hash_hmac, curl). */
import { fixTable } from './fixTemplates.ts';

export const SIGN_WHAT_YOU_SEND_PHP = "$body = json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);\n$sig = hash_hmac('sha256', \"$ts.$body\", hash('sha256', $secret));\ncurl_setopt($ch, CURLOPT_POSTFIELDS, $body); // send the string you signed";

export const PHP_FIXES = fixTable({
  secret: "$apiSecret = trim(getenv('COEXT_API_SECRET')); // the sk_ secret alone: no newline, not the pk_ API key",
  hash: "$secretHash = hash('sha256', $apiSecret); // 64 lowercase hex characters (not hash(..., true)), once\n$signature = hash_hmac('sha256', $payload, $secretHash); // keyed with that hex text",
  hmac: "// hash_hmac(algorithm, message, key): \"<timestamp>.<body>\" first, then the secret hash's hex text\n$signature = hash_hmac('sha256', $payload, $secretHash);",
  timestamp: "$timestamp = (string) time(); // seconds, read once\n$signature = hash_hmac('sha256', $timestamp . '.' . $body, $secretHash);\n$headers[] = 'X-Timestamp: ' . $timestamp; // the same value",
  payload: "$payload = $timestamp . '.' . $body; // the timestamp, a dot, then the body as sent",
  send: SIGN_WHAT_YOU_SEND_PHP,
  empty: "$signature = hash_hmac('sha256', $timestamp . '.', $secretHash); // a body-less request signs \"<timestamp>.\" (or \"<timestamp>.{}\")\n// and sets no CURLOPT_POSTFIELDS",
  hex: "$signature = hash_hmac('sha256', $payload, $secretHash); // 64 lowercase hex characters (no raw output), sent alone",
});
