import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { failOnActWarnings, startRecordingActWarnings, stopRecordingActWarnings } from './act-warnings.js';

// The browser project's setup: a test that makes React print "not wrapped in act(…)" fails with
// the warning's text, as in the dom and react18 projects (test/setup-dom.ts).
// findBy…/waitFor give up after 10 s, not Testing Library's 1 s: on a busy machine (2 cores shared
// by several test runs) a sandbox answer plus a render can take longer than 1 s.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
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
