/**
 * What each cause id means in plain words and the smallest code change that fixes it, in the language the
 * mistake points to (fixes/languageFixes.ts gives the same fix in the other languages). Sentences never quote the
 * secret or its hash.
 */
import type { ExplainedId } from './fixes/fixTemplates.ts';
import { SIGN_WHAT_YOU_SEND_JS } from './fixes/javascript.ts';
import { SIGN_WHAT_YOU_SEND_PHP } from './fixes/php.ts';
import { SIGN_WHAT_YOU_SEND_PY } from './fixes/python.ts';
import type { FixLanguage } from './types.ts';

export interface Explanation {
  /** One sentence; `detail` is what exactly was found (a choice label), `sent` the sent body. */
  sentence(detail: string, sent: string): string;
  fix: { language: FixLanguage; code: string };
}

/** PHP's form mistakes: an array given to CURLOPT_POSTFIELDS (multipart) or through http_build_query (urlencoded). */
const SEND_THE_JSON_YOU_SIGNED = "$body = json_encode($payload);                 // the JSON string you sign\n$sig = hash_hmac('sha256', \"$ts.$body\", hash('sha256', $secret));\ncurl_setopt($ch, CURLOPT_POSTFIELDS, $body);   // post that string, not the array\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', \"X-Timestamp: $ts\", \"X-API-Signature: $sig\"]);";
const sameString = (language: FixLanguage, code: string) => ({ language, code });
const looksPythonDefault = (sent: string) => /", "|": /.test(sent) && !/\n/.test(sent);

export const EXPLANATIONS: Record<ExplainedId, Explanation> = {
  'key.raw-secret': { sentence: () => 'Your client used the API secret itself as the HMAC key, skipping the step that hashes it: the key must be the 64-character hex SHA-256 of the secret.',
    fix: sameString('javascript', "const secretHash = crypto.createHash('sha256').update(apiSecret).digest('hex');\nconst signature = crypto.createHmac('sha256', secretHash).update(payload).digest('hex');") },
  'key.binary-hash': { sentence: () => 'Your client keyed the HMAC with the 32 raw bytes of SHA-256(secret) (digest()), but the key is the 64-character hex text of that hash (hexdigest()).',
    fix: sameString('python', "secret_hash = hashlib.sha256(secret.encode()).hexdigest()  # text, not .digest()\nsig = hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()") },
  'key.uppercase-hash': { sentence: () => 'Your client used the SHA-256 hex of the secret in UPPERCASE as the key; the key is the lowercase hex text.',
    fix: sameString('csharp', 'var secretHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();') },
  'key.hex-leading-zeros': { sentence: (detail) => `Your client's hex of the secret's hash lost zeros: the key was ${detail}. Every byte must be two hex digits.`,
    fix: sameString('java', 'StringBuilder hex = new StringBuilder();\nfor (byte b : hash) hex.append(String.format("%02x", b)); // or HexFormat.of().formatHex(hash)') },
  'key.secret-whitespace': { sentence: (detail) => `Your client hashed the secret with stray whitespace: the key was ${detail}. \`echo "$SECRET" | sha256sum\` hashes a trailing newline; use printf '%s'.`,
    fix: sameString('shell', "SECRET_HASH=$(printf '%s' \"$COEXT_API_SECRET\" | sha256sum | cut -d' ' -f1)") },
  'key.sha256sum-suffix': { sentence: (detail) => `Your client kept the shell tool's decoration in the key: the key was ${detail}. Keep only the 64 hex characters.`,
    fix: sameString('shell', "SECRET_HASH=$(printf '%s' \"$COEXT_API_SECRET\" | sha256sum | cut -d' ' -f1)") },
  'key.double-hash': { sentence: (detail) => `Your client hashed the secret twice: the key was ${detail}. Hash the secret once.`,
    fix: sameString('any', 'key = hex(sha256(secret))   # once; do not hash the result again') },
  'key.swapped': { sentence: () => 'Your client passed the key and the message to the HMAC in the wrong order (HMAC(key = payload, message = hashed secret)), as CryptoJS.HmacSHA256(message, key) or hash_hmac(algo, data, key) invite.',
    fix: sameString('javascript', 'const signature = CryptoJS.HmacSHA256(payload, secretHash).toString(CryptoJS.enc.Hex); // message first, then key') },
  'key.api-key-as-secret': { sentence: () => 'Your client hashed the API key (pk_…) instead of the API secret (sk_…).',
    fix: sameString('any', 'secret_hash = sha256_hex(COEXT_API_SECRET)   # the sk_ value, not the pk_ API key') },
  'timestamp.milliseconds': { sentence: (detail) => `Your client signed ${detail}: the signed timestamp and the X-Timestamp header differ by a factor of 1000. Use whole seconds in both.`,
    fix: sameString('javascript', 'const timestamp = Math.floor(Date.now() / 1000).toString(); // read once; sign it and send it') },
  'timestamp.header-mismatch': { sentence: (detail) => `Your client signed a different second than it sent in X-Timestamp (${detail}): the clock was read twice, or the header was re-stamped after signing.`,
    fix: sameString('python', "ts = str(int(time.time()))  # read the clock once\nsig = sign(f'{ts}.{body}')\nheaders['X-Timestamp'] = ts") },
  'payload.no-separator': { sentence: () => 'Your client joined the timestamp and the body with no "." between them.',
    fix: sameString('any', 'payload = timestamp + "." + body') },
  'payload.other-separator': { sentence: (detail) => `Your client built the payload as ${detail} — a separator from another provider's scheme; ours is timestamp + "." + body.`,
    fix: sameString('any', 'payload = timestamp + "." + body') },
  'payload.body-only': { sentence: () => 'Your client signed the body alone, as GitHub webhooks do; the payload must start with the timestamp and a ".".',
    fix: sameString('any', 'payload = timestamp + "." + body') },
  'payload.reversed': { sentence: () => 'Your client put the body before the timestamp; the payload is timestamp + "." + body.',
    fix: sameString('any', 'payload = timestamp + "." + body') },
  'body.reserialized': { sentence: (_detail, sent) => looksPythonDefault(sent)
    ? "Your client signed the body compactly but sent it with spaces after `,` and `:` — Python's requests.post(json=...) does this."
    : 'Your client signed the compact JSON.stringify form of the body, but its HTTP client sent other bytes for the same object.',
  fix: sameString('python', SIGN_WHAT_YOU_SEND_PY) },
  'body.python-default': { sentence: () => "Your client signed Python's default json.dumps(obj) (spaces after `,` and `:`, non-ASCII as \\uXXXX) but sent other bytes for the same object.",
    fix: sameString('python', SIGN_WHAT_YOU_SEND_PY) },
  'body.python-ensure-ascii': { sentence: () => "Your client signed the body with non-ASCII characters escaped as \\uXXXX (Python's ensure_ascii default) but sent them as raw UTF-8.",
    fix: sameString('python', SIGN_WHAT_YOU_SEND_PY) },
  'body.pretty': { sentence: (detail) => `Your client signed a pretty-printed body (${detail}) and sent a different layout of the same JSON.`,
    fix: sameString('javascript', SIGN_WHAT_YOU_SEND_JS) },
  'body.jackson-pretty': { sentence: () => "Your client signed Jackson's pretty printer output (`\"a\" : [ 1, 2 ]`) and sent another layout.",
    fix: sameString('java', 'String body = mapper.writeValueAsString(payload); // one string: sign it and send it\nrequest.body(BodyPublishers.ofString(body, StandardCharsets.UTF_8));') },
  'body.sorted-keys': { sentence: () => 'Your client signed the body with its keys sorted but sent them in their original order.',
    fix: sameString('python', SIGN_WHAT_YOU_SEND_PY) },
  'body.php-escaped-slashes': { sentence: () => 'Your client signed PHP json_encode output, which writes `/` as `\\/`, but sent the slashes unescaped.',
    fix: sameString('php', SIGN_WHAT_YOU_SEND_PHP) },
  'body.php-escaped-unicode': { sentence: () => 'Your client signed PHP json_encode output, which writes non-ASCII as \\uXXXX, but sent raw UTF-8.',
    fix: sameString('php', SIGN_WHAT_YOU_SEND_PHP) },
  'body.go-html-escape': { sentence: () => 'Your client signed Go json.Marshal output, which writes `<`, `>` and `&` as \\u003c, \\u003e, \\u0026, but sent them raw.',
    fix: sameString('go', 'body, _ := json.Marshal(payload) // sign these bytes and send these bytes\nreq, _ := http.NewRequest("POST", url, bytes.NewReader(body))') },
  'body.gson-escape': { sentence: () => "Your client signed Gson output, which writes `<>&'=` as \\u003c…, but sent them raw.",
    fix: sameString('java', 'Gson gson = new GsonBuilder().disableHtmlEscaping().create();\nString body = gson.toJson(payload); // sign and send this same string') },
  'body.dotnet-escape': { sentence: () => 'Your client signed System.Text.Json output, which escapes non-ASCII, `<>&\'+` and the backtick as uppercase \\u00E9, \\u002B…, but sent them raw.',
    fix: sameString('csharp', 'var body = JsonSerializer.Serialize(payload);\nvar content = new StringContent(body, Encoding.UTF8, "application/json"); // send the signed string, not PostAsJsonAsync') },
  'body.trailing-newline': { sentence: (detail) => `What was signed and what was sent differ by a final newline: your client signed ${detail} (echo, heredocs and editors add one; $(cat file) and axios remove it).`,
    fix: sameString('shell', "BODY=$(cat body.json)              # or: printf '%s' \"$BODY\"\ncurl --data-binary \"$BODY\" ...     # send exactly the signed string") },
  'body.newlines-stripped': { sentence: () => 'Your client signed a pretty-printed file but sent it with every line break removed: `curl -d @file` strips CR and LF.',
    fix: sameString('shell', 'curl --data-binary @body.json ...   # not -d @body.json') },
  'body.crlf': { sentence: (detail) => `Your client signed ${detail}: the line ends were converted between signing and sending.`,
    fix: sameString('any', 'Sign and send the same bytes; do not let an editor or git autocrlf rewrite the body file between the two.') },
  'body.bom': { sentence: (detail) => `Your client signed ${detail}: a UTF-8 byte order mark differs between what was signed and sent (PowerShell 5.1, .NET Encoding.UTF8, some editors).`,
    fix: sameString('csharp', 'var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);') },
  'body.latin1': { sentence: (detail) => `Your client signed the body in another charset than it sent: it signed ${detail}.`,
    fix: sameString('java', 'byte[] body = json.getBytes(StandardCharsets.UTF_8); // sign and send these bytes') },
  'body.object-string': { sentence: (detail) => `Your client signed the object's default string form, ${detail}, instead of its JSON.`,
    fix: sameString('javascript', 'const body = JSON.stringify(payload);\nconst signature = sign(`${timestamp}.${body}`); // not `${timestamp}.${payload}`'
      + '\n\n# Python: body = json.dumps(payload), not str(payload) or f"{payload}"'
      + '\n// Java: String body = new ObjectMapper().writeValueAsString(map); // not map.toString() or "" + map'
      + '\n# Ruby: body = JSON.generate(hash) # not "#{hash}" or hash.inspect') },
  'body.form-urlencoded': { sentence: (detail) => `Your client signed JSON (${detail}) but sent the data as an urlencoded form (a=1&b=2): PHP http_build_query or Python requests.post(data=dict) encode the fields instead of sending the JSON string.`,
    fix: sameString('php', SEND_THE_JSON_YOU_SIGNED) },
  'body.multipart': { sentence: (detail) => `Your client signed JSON (${detail}) but sent the data as multipart/form-data: PHP's CURLOPT_POSTFIELDS given an array (or requests' files=) builds a multipart body instead of sending the JSON string.`,
    fix: sameString('php', SEND_THE_JSON_YOU_SIGNED) },
  'body.empty-variant': { sentence: (detail) => `Your client signed ${detail} instead of the body it sent.`,
    fix: sameString('javascript', "const body = payload === undefined ? '' : JSON.stringify(payload);\n// sign `${timestamp}.${body}` and send body") },
  'body.double-encoded': { sentence: (detail) => `The body was JSON-encoded twice on one side: your client signed ${detail}.`,
    fix: sameString('javascript', "// pass a string body as is; call JSON.stringify only on objects\nconst body = typeof payload === 'string' ? payload : JSON.stringify(payload);") },
  'encoding.uppercase-hex': { sentence: () => 'Your client wrote the signature in UPPERCASE hex; the server compares lowercase hex.',
    fix: sameString('csharp', 'var signature = Convert.ToHexString(mac).ToLowerInvariant();') },
  'encoding.base64': { sentence: () => 'Your client wrote the signature in base64; the server expects 64 lowercase hex characters.',
    fix: sameString('javascript', "crypto.createHmac('sha256', secretHash).update(payload).digest('hex') // not 'base64'") },
  'encoding.base64url': { sentence: () => 'Your client wrote the signature in URL-safe base64; the server expects 64 lowercase hex characters.',
    fix: sameString('javascript', "crypto.createHmac('sha256', secretHash).update(payload).digest('hex') // not 'base64url'") },
  'encoding.prefixed': { sentence: () => 'Your client decorated the signature header (a prefix such as `sha256=`/`v1=` or a tool\'s output format); send the 64 hex characters alone.',
    fix: sameString('any', "X-API-Signature: <64 lowercase hex characters>   # no 'sha256=' or 'v1='") },
  'encoding.dropped-leading-zeros': { sentence: () => 'Your client lost leading zeros when writing the signature as hex (Java Integer.toHexString per byte, or BigInteger).',
    fix: sameString('java', 'String signature = HexFormat.of().formatHex(mac); // two digits per byte') },
  'algorithm.sha1': { sentence: () => 'Your client computed HMAC-SHA1 (40 hex characters); the scheme is HMAC-SHA256.',
    fix: sameString('python', 'hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()') },
  'algorithm.sha512': { sentence: () => 'Your client computed HMAC-SHA512 (128 hex characters); the scheme is HMAC-SHA256.',
    fix: sameString('python', 'hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()') },
  'algorithm.plain-sha256': { sentence: () => 'Your client computed a plain SHA-256 of the key and the message joined, not an HMAC.',
    fix: sameString('python', 'hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()  # not hashlib.sha256(key + msg)') },
};
