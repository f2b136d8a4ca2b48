export function findChromium(options?: { headlessShell?: boolean }): string | undefined;
export const chromiumArgs: string[];
