import { describeSnippet } from './snippetHarness.ts';

describeSnippet('php');
