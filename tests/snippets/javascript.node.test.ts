import { describeSnippet } from './snippetHarness.ts';

describeSnippet('javascript');
