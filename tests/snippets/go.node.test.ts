import { describeSnippet } from './snippetHarness.ts';

describeSnippet('go');
