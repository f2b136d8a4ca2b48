/** The fixes in a shell script (printf, sha256sum, openssl, curl). */
import { fixTable } from './fixTemplates.ts';

const HMAC_LINE = 'signature=$(printf %s "$timestamp.$body" | openssl dgst -sha256 -hmac "$secret_hash" | awk \'{print $NF}\')';

export const SHELL_FIXES = fixTable({
  secret: 'COEXT_API_SECRET=$(printf %s "$COEXT_API_SECRET" | tr -d \'\\r\\n\') # the sk_ secret alone: no newline, not the pk_ API key',
  hash: `secret_hash=$(printf %s "$COEXT_API_SECRET" | sha256sum | cut -d' ' -f1) # 64 lowercase hex characters only, once; printf, not echo\n${HMAC_LINE}`,
  hmac: `# -hmac takes the secret hash's hex text; printf %s adds no newline; awk keeps only the hex\n${HMAC_LINE}`,
  timestamp: `timestamp=$(date +%s) # seconds, read once\n${HMAC_LINE}\ncurl -H "X-Timestamp: $timestamp" ... # the same value`,
  payload: 'payload="$timestamp.$body" # the timestamp, a dot, then the body as sent',
  send: `body=$(cat body.json) # read once ($(…) drops final newlines: sign what is left)\n${HMAC_LINE}\nprintf %s "$body" | curl --data-binary @- ... # send the same bytes (not -d)`,
  empty: 'signature=$(printf %s "$timestamp." | openssl dgst -sha256 -hmac "$secret_hash" | awk \'{print $NF}\') # "<timestamp>." (or "<timestamp>.{}")\ncurl -X GET ... # and no --data',
  hex: `${HMAC_LINE} # lowercase hex, not -binary | base64`,
});
