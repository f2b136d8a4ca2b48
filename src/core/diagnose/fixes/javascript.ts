/** The fixes in Node's JavaScript (node:crypto, fetch). */
import { fixTable } from './fixTemplates.ts';

export const SIGN_WHAT_YOU_SEND_JS = "const body = JSON.stringify(payload);          // serialize once\nconst signature = sign(`${timestamp}.${body}`); // sign these exact characters\nawait fetch(url, { method: 'POST', headers, body }); // and send the same string";

export const JAVASCRIPT_FIXES = fixTable({
  secret: "const apiSecret = process.env.COEXT_API_SECRET.trim(); // the sk_ secret alone: no newline, not the pk_ API key",
  hash: "const secretHash = crypto.createHash('sha256').update(apiSecret, 'utf8').digest('hex'); // 64 lowercase hex characters, once\nconst signature = crypto.createHmac('sha256', secretHash).update(payload, 'utf8').digest('hex'); // keyed with that hex text",
  hmac: "// HMAC-SHA256, key: the secret hash's hex text, message: \"<timestamp>.<body>\"\nconst signature = crypto.createHmac('sha256', secretHash).update(payload, 'utf8').digest('hex');",
  timestamp: "const timestamp = Math.floor(Date.now() / 1000).toString(); // seconds, read once\nconst signature = sign(`${timestamp}.${body}`);\nheaders['X-Timestamp'] = timestamp; // the same value",
  payload: 'const payload = `${timestamp}.${body}`; // the timestamp, a dot, then the body as sent',
  send: SIGN_WHAT_YOU_SEND_JS,
  empty: "const signature = sign(`${timestamp}.`); // a body-less request signs \"<timestamp>.\" (or \"<timestamp>.{}\" if the server expects that)\nawait fetch(url, { method: 'GET', headers }); // and sends no body",
  hex: "const signature = crypto.createHmac('sha256', secretHash).update(payload, 'utf8').digest('hex'); // 64 lowercase hex characters, sent alone",
});
