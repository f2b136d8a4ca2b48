/**
 * The verdict under both server modes (DESIGN.md §1): over the exact bytes received, and over
 * `JSON.stringify(JSON.parse(body))` as an Express app with express.json() would verify.
 */
import { utf8 } from '../encoding.ts';
import { buildPayload, hashSecret, signPayload } from '../signing.ts';
import type { SentRequest, Verdicts } from './types.ts';

function reserializedBody(body: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return undefined;
  }
}

export async function computeVerdicts(request: SentRequest, secret: string): Promise<Verdicts> {
  const secretHash = await hashSecret(secret);
  const timestamp = request.timestamp.trim();
  const received = request.signature.trim();
  const verifies = async (body: string) => (await signPayload(secretHash, utf8(buildPayload(timestamp, body)))) === received;
  const reserialized = reserializedBody(request.body);
  return {
    raw: await verifies(request.body),
    reserialized: reserialized === undefined ? 'not-json' : await verifies(reserialized),
  };
}
