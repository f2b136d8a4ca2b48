/** A Go 1.16+ program, standard library only (net/http, crypto/hmac, encoding/hex): the body string is sent as is. */
import { commentText, pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

const GO_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function goLine(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const escape = GO_ESCAPES[char];
    if (escape !== undefined) out += escape;
    // \x is a raw byte in Go: only for ASCII controls. C1 controls, the separators and the BOM (which the compiler
    // refuses inside a file) are written as \u, which Go encodes as UTF-8.
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * A Go expression for `text`, exact byte for byte: an interpreted string literal (raw strings drop carriage returns
 * and cannot hold a backtick); text that spans lines becomes one literal per line joined with `+`.
 */
export function goString(text: string, indent = '\t'): string {
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= 1) return goLine(text);
  return lines.map(goLine).join(` +\n${indent}\t`);
}

/** The Go program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function goSnippet(plan: SnippetPlan): string {
  const hasBody = plan.sentBody !== undefined;
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '\t//'), `\ttimestamp := "${plan.pinned.timestamp}"`]
    : ['\ttimestamp := strconv.FormatInt(time.Now().Unix(), 10) // Unix seconds, not milliseconds'];
  const bodyLines = hasBody
    ? ['\t// The body exactly as it is signed and sent: a string, because json.Marshal escapes <, > and & as \\u003c…',
      '\t// and re-serializing would change its bytes.',
      `\tbody := ${goString(plan.signedBody)}`]
    : [`\t// ${plan.emptyBodyNote}`, `\tsignedBody := ${goString(plan.signedBody)}`];
  const imports = ['crypto/hmac', 'crypto/sha256', 'encoding/hex', 'fmt', 'io', 'net/http', 'os',
    ...(plan.pinned ? [] : ['strconv']), ...(hasBody ? ['strings'] : []), ...(plan.pinned ? [] : ['time'])];
  return [
    `// ${plan.method} ${commentText(plan.url)}, signed as the Coext External API requires.`,
    '// Go 1.16+, standard library only. Save as main.go and run: go run main.go',
    'package main',
    '',
    'import (',
    ...imports.map((name) => `\t"${name}"`),
    ')',
    '',
    'func main() {',
    '\tapiKey, apiSecret := os.Getenv("COEXT_API_KEY"), os.Getenv("COEXT_API_SECRET")',
    '\tif apiKey == "" || apiSecret == "" {',
    '\t\tfail("Set COEXT_API_KEY and COEXT_API_SECRET in the environment.")',
    '\t}',
    '',
    `\turl := ${goString(plan.url)}`,
    ...bodyLines,
    ...timestamp,
    '\t// The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes.',
    '\tsum := sha256.Sum256([]byte(apiSecret))',
    '\tsecretHash := hex.EncodeToString(sum[:])',
    '\tmac := hmac.New(sha256.New, []byte(secretHash))',
    `\tmac.Write([]byte(timestamp + "." + ${hasBody ? 'body' : 'signedBody'}))`,
    '\tsignature := hex.EncodeToString(mac.Sum(nil))',
    '',
    `\trequest, err := http.NewRequest(${goString(plan.method)}, url, ${hasBody ? 'strings.NewReader(body)' : 'nil'})`,
    '\tif err != nil {',
    '\t\tfail(err.Error())',
    '\t}',
    '\trequest.Header.Set("Content-Type", "application/json")',
    '\trequest.Header.Set("X-API-Key", apiKey)',
    '\trequest.Header.Set("X-Timestamp", timestamp)',
    '\trequest.Header.Set("X-API-Signature", signature)',
    '\tresponse, err := http.DefaultClient.Do(request)',
    '\tif err != nil {',
    '\t\tfail("Request failed: " + err.Error())',
    '\t}',
    '\tdefer response.Body.Close()',
    '\tresponseBody, err := io.ReadAll(response.Body)',
    '\tif err != nil {',
    '\t\tfail("Reading the response failed: " + err.Error())',
    '\t}',
    '\tfmt.Printf("HTTP status: %d\\n", response.StatusCode)',
    '\tfmt.Println(string(responseBody))',
    '}',
    '',
    'func fail(message string) {',
    '\tfmt.Fprintln(os.Stderr, message)',
    '\tos.Exit(1)',
    '}',
    '',
  ].join('\n');
}
