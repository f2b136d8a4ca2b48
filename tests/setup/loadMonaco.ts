// Browser setup file: loads the body editor's module graph (Monaco's hundreds of modules) before the first test of a
// run. On a fresh clone the dev server transforms them on first request, which under a full run on two cores took
// longer than a test's whole timeout in whichever file came first; here it is set-up time, paid once (the browser
// files share one page, see vite.config.ts), and the tests' own waits stay what a person would wait.
await import('../../src/ui/request/MonacoBodyEditor.tsx');
export {};
