import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { failOnActWarnings, startRecordingActWarnings } from './act-warnings.js';

/** Sets state after a promise settles: a test that does not wait for it makes React warn. */
function LateGreeting() {
  const [text, setText] = useState('waiting');
  useEffect(() => {
    Promise.resolve().then(() => setText('ready'));
  }, []);
  return <p>{text}</p>;
}

// Each test records without printing (the warning is expected); the setup's afterEach puts
// console.error back.

/** Lets promises and a macrotask run outside act(), as a test that forgot to await would. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('given the check the test setup runs after each test', () => {
  describe('when a component sets state outside act(…) during the test', () => {
    it("fails with React's warning, the component named", async () => {
      startRecordingActWarnings({ print: false });
      render(<LateGreeting />);
      await nextTask();
      expect(screen.getByText('ready').tagName).toBe('P');
      expect(() => failOnActWarnings()).toThrow(
        /act\(…\) warning\(s\)[\s\S]*An update to LateGreeting inside a test was not wrapped in act/,
      );
    });
  });

  describe('when the test awaits the update', () => {
    it('passes', async () => {
      startRecordingActWarnings({ print: false });
      render(<LateGreeting />);
      expect(await screen.findByText('ready')).toHaveProperty('tagName', 'P');
      expect(() => failOnActWarnings()).not.toThrow();
    });
  });
});
