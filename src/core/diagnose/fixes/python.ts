/** The fixes in Python 3 (hashlib, hmac, requests). */
import { fixTable } from './fixTemplates.ts';

export const SIGN_WHAT_YOU_SEND_PY = "body = json.dumps(payload, separators=(',', ':'), ensure_ascii=False)\nsig = hmac.new(secret_hash.encode(), f'{ts}.{body}'.encode(), hashlib.sha256).hexdigest()\nrequests.post(url, data=body.encode('utf-8'), headers={**headers, 'Content-Type': 'application/json'})";

export const PYTHON_FIXES = fixTable({
  secret: "api_secret = os.environ['COEXT_API_SECRET'].strip()  # the sk_ secret alone: no newline, not the pk_ API key",
  hash: "secret_hash = hashlib.sha256(api_secret.encode('utf-8')).hexdigest()  # 64 lowercase hex characters, once\nsignature = hmac.new(secret_hash.encode('utf-8'), payload.encode('utf-8'), hashlib.sha256).hexdigest()",
  hmac: "# HMAC-SHA256, key: the secret hash's hex text, message: \"<timestamp>.<body>\"\nsignature = hmac.new(secret_hash.encode('utf-8'), payload.encode('utf-8'), hashlib.sha256).hexdigest()",
  timestamp: "timestamp = str(int(time.time()))  # seconds, read once\nsignature = sign(f'{timestamp}.{body}')\nheaders['X-Timestamp'] = timestamp  # the same value",
  payload: "payload = f'{timestamp}.{body}'  # the timestamp, a dot, then the body as sent",
  send: SIGN_WHAT_YOU_SEND_PY,
  empty: "signature = sign(f'{timestamp}.')  # a body-less request signs \"<timestamp>.\" (or \"<timestamp>.{}\" if the server expects that)\nrequests.get(url, headers=headers)  # and sends no body",
  hex: "signature = hmac.new(secret_hash.encode('utf-8'), payload.encode('utf-8'), hashlib.sha256).hexdigest()  # 64 lowercase hex characters, sent alone",
});
