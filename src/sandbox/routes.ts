/**
 * The two documented endpoints. They run after every check; `rawBody` is the body exactly as received, and `headers`
 * (the key's rate-limit state) go out with whatever they answer.
 */
import { z } from 'zod';
import { type AnswerHeaders, errorResponse, jsonResponse } from './errorResponse.ts';
import { isoTimestampFormatter } from './isoTimestamp.ts';
import { SANDBOX_TEMPLATES } from './templates.ts';

const textMessageSchema = z.object({
  to: z.string({ message: 'must be a string' }).regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number such as +14155550100'),
  message: z
    .string({ message: 'must be a string' })
    .min(1, 'must not be empty')
    .max(4096, 'must be at most 4096 characters'),
});

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const isoTimestamp = isoTimestampFormatter();

export interface MessageRequest {
  rawBody: Uint8Array;
  headers: AnswerHeaders;
  nowMs: number;
  messageId: () => string;
}

export function sendTextMessage({ rawBody, headers, nowMs, messageId }: MessageRequest): Response {
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(rawBody));
  } catch (error) {
    return errorResponse(
      { status: 400, code: 'INVALID_JSON', message: 'The request body is not valid JSON.', details: { parser: (error as Error).message } },
      headers,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return errorResponse(
      {
        status: 400,
        code: 'VALIDATION_ERROR',
        message: 'The request body must be a JSON object with "to" and "message".',
        details: { body: 'must be a JSON object' },
      },
      headers,
    );
  }
  const parsed = textMessageSchema.safeParse(json);
  if (!parsed.success) {
    const details: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'body');
      details[field] ??= (json as Record<string, unknown>)[field] === undefined ? 'is required' : issue.message;
    }
    return errorResponse({ status: 400, code: 'VALIDATION_ERROR', message: 'Some fields are invalid.', details }, headers);
  }
  const data = { message_id: messageId(), to: parsed.data.to, status: 'queued', created_at: isoTimestamp(nowMs) };
  return jsonResponse(200, { success: true, data }, headers);
}

export function listTemplates(headers: AnswerHeaders): Response {
  return jsonResponse(200, { success: true, data: { templates: SANDBOX_TEMPLATES } }, headers);
}
