/** A Java 17+ program, JDK only (java.net.http, javax.crypto.Mac, HexFormat), run as `java CoextRequest.java`. */
import { commentText, pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

const JAVA_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** UTF-16 units per literal: at most 3 bytes each in the class file, under its 65 535-byte limit for one constant. */
const CHUNK = 20_000;

/**
 * One Java string literal in pure ASCII, so the file compiles the same under any default charset (Java 17 reads
 * source in the platform's, often ASCII): non-ASCII as `\uXXXX` per UTF-16 unit. Controls are octal, never `\u`:
 * javac turns `\u000a` or `\u0022` into a real newline or quote before it reads the string.
 */
function javaLine(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    const code = text.charCodeAt(i);
    const escape = JAVA_ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    else if (code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * A Java expression for `text`, exact byte for byte once encoded as UTF-8: one literal, or one per line joined with
 * `+`. A body too long for one class-file constant is joined at run time with String.join from smaller literals.
 */
export function javaString(text: string, indent = '        '): string {
  if (text.length > CHUNK) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
    return `String.join("",\n${chunks.map((chunk) => `${indent}    ${javaLine(chunk)}`).join(',\n')})`;
  }
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= 1) return javaLine(text);
  return lines.map(javaLine).join(` +\n${indent}    `);
}

/** The Java program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function javaSnippet(plan: SnippetPlan): string {
  const hasBody = plan.sentBody !== undefined;
  const signed = hasBody ? 'body' : 'signedBody';
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '        //'), `        String timestamp = "${plan.pinned.timestamp}";`]
    : ['        String timestamp = Long.toString(System.currentTimeMillis() / 1000); // Unix seconds, not milliseconds'];
  const bodyLines = hasBody
    ? ['        // The body exactly as it is signed and sent: a string, because re-serializing an object (Jackson, Gson)',
      '        // can change its bytes.',
      `        String body = ${javaString(plan.signedBody)};`]
    : [`        // ${plan.emptyBodyNote}`, `        String signedBody = ${javaString(plan.signedBody)};`];
  return [
    `// ${plan.method} ${commentText(plan.url)}, signed as the Coext External API requires.`,
    '// Java 17+, JDK only. Save as CoextRequest.java and run: java CoextRequest.java',
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    'import java.nio.charset.StandardCharsets;',
    'import java.security.MessageDigest;',
    'import java.util.HexFormat;',
    'import javax.crypto.Mac;',
    'import javax.crypto.spec.SecretKeySpec;',
    '',
    'public class CoextRequest {',
    '    public static void main(String[] args) throws Exception {',
    '        String apiKey = System.getenv("COEXT_API_KEY");',
    '        String apiSecret = System.getenv("COEXT_API_SECRET");',
    '        if (apiKey == null || apiSecret == null) {',
    '            System.err.println("Set COEXT_API_KEY and COEXT_API_SECRET in the environment.");',
    '            System.exit(1);',
    '        }',
    '',
    `        String url = ${javaString(plan.url)};`,
    ...bodyLines,
    ...timestamp,
    '        // The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes. HexFormat writes two',
    '        // lowercase digits per byte (Integer.toHexString would drop leading zeros).',
    '        byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiSecret.getBytes(StandardCharsets.UTF_8));',
    '        String secretHash = HexFormat.of().formatHex(hash);',
    '        Mac mac = Mac.getInstance("HmacSHA256");',
    '        mac.init(new SecretKeySpec(secretHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));',
    `        byte[] digest = mac.doFinal((timestamp + "." + ${signed}).getBytes(StandardCharsets.UTF_8));`,
    '        String signature = HexFormat.of().formatHex(digest);',
    '',
    '        HttpRequest request = HttpRequest.newBuilder(URI.create(url))',
    `            .method(${javaLine(plan.method)}, ${hasBody ? 'HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)' : 'HttpRequest.BodyPublishers.noBody()'})`,
    '            .header("Content-Type", "application/json")',
    '            .header("X-API-Key", apiKey)',
    '            .header("X-Timestamp", timestamp)',
    '            .header("X-API-Signature", signature)',
    '            .build();',
    '        // HTTP/1.1: over plain http the client would otherwise ask the server to upgrade to HTTP/2 first.',
    '        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();',
    '        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());',
    '        System.out.println("HTTP status: " + response.statusCode());',
    '        System.out.write(response.body()); // the bytes as received, whatever the console\'s charset',
    '        System.out.println();',
    '    }',
    '}',
    '',
  ].join('\n');
}
