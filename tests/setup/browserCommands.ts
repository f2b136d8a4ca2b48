// Commands the browser tests run in Node: an implementation of the signing contract that shares no code with
// src/ (Node's crypto), so a browser test never checks the app against the app.
import { createHash, createHmac } from 'node:crypto';

export function nodeSign(_context: unknown, secret: string, timestamp: string, body: string) {
  const secretHash = createHash('sha256').update(secret, 'utf8').digest('hex');
  const payload = `${timestamp}.${body}`;
  const signature = createHmac('sha256', secretHash).update(payload, 'utf8').digest('hex');
  return { secretHash, payload, signature };
}

export const browserCommands = { nodeSign };
