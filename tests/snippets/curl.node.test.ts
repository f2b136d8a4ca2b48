import { describeSnippet } from './snippetHarness.ts';

describeSnippet('curl');
