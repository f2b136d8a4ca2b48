/** A few WhatsApp-style message templates, shaped like a real account's approved list. */
export const SANDBOX_TEMPLATES = [
  {
    name: 'order_confirmation',
    language: 'en_US',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{1}} confirmed' },
      { type: 'BODY', text: 'Hi {{1}}, thanks for your order. It will arrive by {{2}}.' },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Track order', url: 'https://example.com/track/{{1}}' }] },
    ],
  },
  {
    name: 'otp_verification',
    language: 'en_US',
    category: 'AUTHENTICATION',
    status: 'APPROVED',
    components: [
      { type: 'BODY', text: '{{1}} is your verification code. For your security, do not share this code.' },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ],
  },
  {
    name: 'appointment_reminder',
    language: 'hi',
    category: 'UTILITY',
    status: 'APPROVED',
    components: [{ type: 'BODY', text: 'नमस्ते {{1}}, आपकी अपॉइंटमेंट {{2}} को {{3}} बजे है।' }],
  },
  {
    name: 'summer_sale',
    language: 'en_GB',
    category: 'MARKETING',
    status: 'PENDING',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Summer sale: {{1}} off everything until {{2}}.' },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop promotions' }] },
    ],
  },
] as const;
