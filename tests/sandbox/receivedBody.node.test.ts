// Over a real socket the sandbox reads a body with a declared length from node:http itself: these are the ways a
// client can deliver (or fail to deliver) those bytes.
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { signedHeaders, testKey } from './nodeSigning.ts';

const { key, secret } = testKey();
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [key] });
});
afterAll(() => sandbox.close());

/** The head of a signed POST /messages/text for `body`, declaring `length` bytes. */
function requestHead(body: string, length = Buffer.byteLength(body)): string {
  const headers = { ...signedHeaders(key.apiKey, secret, Math.floor(Date.now() / 1000), body), 'Content-Length': String(length) };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return ['POST /api/v1/external/messages/text HTTP/1.1', `Host: ${new URL(sandbox.origin).host}`, 'Connection: close', ...lines, '', ''].join('\r\n');
}

function open(): Promise<{ socket: Socket; answer: Promise<string> }> {
  const { hostname, port } = new URL(sandbox.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      const answer = new Promise<string>((done) => socket.on('close', () => done(Buffer.concat(chunks).toString('utf8'))));
      resolve({ socket, answer });
    });
    socket.once('error', reject);
  });
}

const signedBody = JSON.stringify({ to: '+14155550100', message: 'Sent in pieces: ✓ é 中' });

describe('a body read from the socket', () => {
  it('is verified whole when it arrives in several writes, split inside a UTF-8 character', async () => {
    const { socket, answer } = await open();
    const bytes = Buffer.from(signedBody);
    const cut = bytes.indexOf(Buffer.from('✓')) + 1; // inside the three bytes of ✓
    socket.write(requestHead(signedBody));
    for (const piece of [bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)]) {
      await sleep(20);
      socket.write(piece);
    }
    expect(await answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*"success":true/);
  });

  it('is refused as a signature mismatch when a byte differs from what was signed', async () => {
    const { socket, answer } = await open();
    socket.end(`${requestHead(signedBody)}${signedBody.replace('pieces', 'Pieces')}`);
    expect(await answer).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n[\s\S]*"code":"INVALID_SIGNATURE"/);
  });

  it('leaves the sandbox serving when the client hangs up halfway through it', async () => {
    const { socket, answer } = await open();
    socket.write(requestHead(signedBody, Buffer.byteLength(signedBody) + 100));
    socket.write(signedBody);
    await sleep(50);
    socket.destroy();
    await answer;
    const after = await open();
    after.socket.end(`${requestHead(signedBody)}${signedBody}`);
    expect(await after.answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });
});
