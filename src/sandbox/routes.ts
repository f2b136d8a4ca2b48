/** The two documented endpoints. They run after every auth check; `rawBody` is the body exactly as received. */
import { z } from 'zod';
import { errorResponse, jsonResponse, type SandboxContext } from './errorResponse.ts';
import { SANDBOX_TEMPLATES } from './templates.ts';

const textMessageSchema = z.object({
  to: z.string({ message: 'must be a string' }).regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number such as +14155550100'),
  message: z
    .string({ message: 'must be a string' })
    .min(1, 'must not be empty')
    .max(4096, 'must be at most 4096 characters'),
});

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export interface MessageContext {
  rawBody: Uint8Array;
  nowMs: number;
  messageId: () => string;
}

export function sendTextMessage(c: SandboxContext, { rawBody, nowMs, messageId }: MessageContext): Response {
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(rawBody));
  } catch (error) {
    return errorResponse(c, {
      status: 400,
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
      details: { parser: (error as Error).message },
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return errorResponse(c, {
      status: 400,
      code: 'VALIDATION_ERROR',
      message: 'The request body must be a JSON object with "to" and "message".',
      details: { body: 'must be a JSON object' },
    });
  }
  const parsed = textMessageSchema.safeParse(json);
  if (!parsed.success) {
    const details: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'body');
      details[field] ??= (json as Record<string, unknown>)[field] === undefined ? 'is required' : issue.message;
    }
    return errorResponse(c, { status: 400, code: 'VALIDATION_ERROR', message: 'Some fields are invalid.', details });
  }
  return jsonResponse(c, 200, {
    success: true,
    data: {
      message_id: messageId(),
      to: parsed.data.to,
      status: 'queued',
      created_at: new Date(nowMs).toISOString(),
    },
  });
}

export function listTemplates(c: SandboxContext): Response {
  return jsonResponse(c, 200, { success: true, data: { templates: SANDBOX_TEMPLATES } });
}
