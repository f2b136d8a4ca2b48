/** JSON schema for `POST /messages/text`, as the guide documents it; used for squiggles in the editor only. */
export const messagesTextSchema = {
  type: 'object',
  required: ['to', 'message'],
  properties: {
    to: {
      type: 'string',
      pattern: '^\\+[1-9][0-9]{1,14}$',
      description: 'Recipient in E.164 format: + then country code and number, e.g. +919876543210.',
      patternErrorMessage: 'Use E.164: a + followed by up to 15 digits, no spaces, e.g. +919876543210.',
    },
    message: { type: 'string', minLength: 1, description: 'The text to send; must not be empty.' },
  },
} as const;
