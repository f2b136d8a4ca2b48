import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    nodeSign(secret: string, timestamp: string, body: string): Promise<{ secretHash: string; payload: string; signature: string }>;
  }
}
