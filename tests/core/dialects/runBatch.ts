// Runs a real serializer once for a whole batch: one body per input line (base64 of its UTF-8, so any character
// survives the pipe), one JSON object per output line mapping variant names to base64 output or null (failed).
import { execFileSync } from 'node:child_process';

export type BatchResult = Record<string, string | null>;

/** `outputEncoding` is how the base64 output decodes: 'utf16le' carries unpaired surrogates, which UTF-8 cannot. */
export function runBatch(command: string, args: string[], bodies: readonly string[], outputEncoding: 'utf8' | 'utf16le' = 'utf8'): BatchResult[] {
  const input = bodies.map((body) => Buffer.from(body, 'utf8').toString('base64')).join('\n') + '\n';
  const stdout = execFileSync(command, args, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const lines = stdout.trimEnd().split('\n');
  if (lines.length !== bodies.length) throw new Error(`${command}: ${lines.length} results for ${bodies.length} bodies`);
  return lines.map((line) => {
    const encoded = JSON.parse(line) as BatchResult;
    return Object.fromEntries(
      Object.entries(encoded).map(([name, base64]) => [name, base64 === null ? null : Buffer.from(base64, 'base64').toString(outputEncoding)]),
    );
  });
}
