import { describeSnippet } from './snippetHarness.ts';

describeSnippet('ruby');
