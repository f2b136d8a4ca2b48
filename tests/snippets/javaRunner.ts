/**
 * Runs generated Java snippets the cheap way for the many harness runs: one warm javac (JavaCompileServer) compiles
 * each source, then a fresh JVM runs the class with the snippet's environment. The single-file launch a reader uses,
 * `java CoextRequest.java`, is exercised by java.node.test.ts itself.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface, type Interface } from 'node:readline';

export const JAVA_RUN_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']; // no JIT work a two-second program never repays

let server: { process: ChildProcessWithoutNullStreams; lines: Interface; queue: Array<(line: string) => void> } | undefined;

function compileServer() {
  if (server) return server;
  const child = spawn('java', [...JAVA_RUN_FLAGS, fileURLToPath(new URL('JavaCompileServer.java', import.meta.url))]);
  const lines = createInterface({ input: child.stdout });
  const started = { process: child, lines, queue: [] as Array<(line: string) => void> };
  lines.on('line', (line) => started.queue.shift()?.(line));
  server = started;
  return started;
}

/** Compiles `sourcePath` next to itself; rejects with javac's diagnostics. */
export function compileJava(sourcePath: string): Promise<void> {
  const { process: child, queue } = compileServer();
  return new Promise((resolve, reject) => {
    queue.push((line) => (line === 'ok' ? resolve() : reject(new Error(`javac: ${line.slice(5)}`))));
    child.stdin.write(`${sourcePath}\n`);
  });
}

/** The command that runs the class compiled from `sourcePath`. */
export function javaRunArgs(sourcePath: string): string[] {
  return [...JAVA_RUN_FLAGS, '-cp', dirname(sourcePath), 'CoextRequest'];
}

/** Starts the compiler and compiles one small program, so that later compiles are warm. */
export async function warmJavaCompiler(): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'coext-javac-warm-')), 'CoextRequest.java');
  writeFileSync(path, 'public class CoextRequest { public static void main(String[] args) { System.out.println(java.util.HexFormat.of().formatHex(new byte[] { 1 })); } }\n');
  await compileJava(path);
}

export function stopJavaCompiler(): void {
  server?.process.stdin.end();
  server = undefined;
}
