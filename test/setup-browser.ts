import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { failOnActWarnings, startRecordingActWarnings, stopRecordingActWarnings } from './act-warnings.js';

// The browser project's setup: a test that makes React print an act(…) warning fails with the
// warning's text, as in the dom and react18 projects (test/setup-dom.ts).
//
// In a real browser, React is not in an act(…) environment. `userEvent` from vitest/browser types
// and clicks through Playwright, outside the page's JavaScript: no test can wrap those events in
// act(…), and React renders them as it would for a visitor. @testing-library/react turns the act
// environment on before the tests (for jsdom); here it is turned off again before each test, so
// React does not warn about updates it handles normally. Testing Library's `render` still wraps
// itself in act(…) (it switches the environment on for that call), and any other act(…) warning
// still fails the test.

// findBy…/waitFor give up after 10 s, not Testing Library's 1 s: on a busy machine (2 cores shared
// by several test runs) a sandbox answer plus a render can take longer than 1 s.
configure({ asyncUtilTimeout: 10_000 });

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  startRecordingActWarnings();
});

afterEach(() => {
  cleanup();
  try {
    failOnActWarnings();
  } finally {
    stopRecordingActWarnings();
  }
});
