import { describeSnippet } from './snippetHarness.ts';

describeSnippet('java');
