import { describeSnippet } from './snippetHarness.ts';

describeSnippet('python');
