// Every case of the independent planter (node:crypto, python3, php; tests/support/plantMistakes.mjs), pasted into the
// app as a person would paste it, must be diagnosed with exactly the planted ids as the first cause. The cases are
// split across a few files so that they run in parallel; within one file the app is mounted once and reset per case.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import planted from '../fixtures/plantedMistakes.json';
import { initialDiagnosis, useDiagnosisStore } from '../../src/state/diagnosisStore.ts';
import { clickDiagnose, enterSecret, failingRequestBox, listedCauses, pasteInto } from './diagnosisPage.ts';
import { curlCommand, rawHttpRequest } from './failingRequestText.ts';
import { renderApp, unmountApp } from './renderApp.tsx';
import { openRoom } from './rooms.ts';

/** Runs every `parts`-th planted case starting at `part`; even cases are pasted as curl, odd ones as raw HTTP. */
export function describePlantedCases(part: number, parts: number): void {
  const cases = planted.map((c, index) => ({ ...c, index })).filter(({ index }) => index % parts === part);

  describe(`planted mistakes, part ${part + 1} of ${parts}`, () => {
    beforeAll(() => renderApp());
    afterAll(() => unmountApp());
    // expect.poll (inside openRoom) is refused in beforeAll; once open, the view stays open and this returns at once.
    beforeEach(async () => {
      useDiagnosisStore.setState(initialDiagnosis, true);
      await openRoom('diagnose');
    });

    it.each(cases.map((c) => [`${c.ids.join(' + ')} (${c.name})`, c] as const))('finds %s first', async (_title, c) => {
      const asCurl = c.index % 2 === 0;
      await enterSecret(c.secret);
      await pasteInto(failingRequestBox().element() as HTMLElement, asCurl ? curlCommand(c) : rawHttpRequest(c));
      await clickDiagnose();
      const [first] = await listedCauses();
      expect(new Set(first?.split(' ')), `pasted as ${asCurl ? 'curl' : 'raw HTTP'}`).toEqual(new Set(c.ids));
    });
  });
}
