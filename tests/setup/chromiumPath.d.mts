export const HEADLESS_SHELL: string;
export function findChromium(options?: { headlessShell?: boolean }): string | undefined;
export const chromiumArgs: string[];
