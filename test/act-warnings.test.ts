import { describe, expect, it } from 'vitest';
import { actWarningText, formatConsoleArguments } from './act-warnings.js';

// The check that test/setup-dom.ts and test/setup-browser.ts run after each test. React passes its
// warnings as a format string and arguments; these are the exact strings React 18.3 and 19 print.
describe('given what React passes to console.error', () => {
  describe("when it is React 18.3's act warning, with the component name as an argument", () => {
    it('recognises it and fills the name into the text', () => {
      const args = [
        'Warning: An update to %s inside a test was not wrapped in act(...).%s',
        'ChildPicker',
        '\n    at ChildPicker',
      ];
      expect(actWarningText(args)).toMatch(
        /^Warning: An update to ChildPicker inside a test was not wrapped in act\(\.\.\.\)\./,
      );
    });
  });

  describe("when it is React 19's act warning", () => {
    it('recognises it and fills the name into the text', () => {
      const args = [
        'An update to %s inside a test was not wrapped in act(...).\n\nWhen testing, code that causes React state updates should be wrapped into act(...):',
        'AddChildForm',
      ];
      expect(actWarningText(args)).toMatch(/^An update to AddChildForm inside a test was not wrapped in act/);
    });
  });

  describe('when it is a suspended resource or a missing act environment', () => {
    it('recognises both', () => {
      expect(
        actWarningText([
          'A suspended resource finished loading inside a test, but the event was not wrapped in act(...).',
        ]),
      ).toBeDefined();
      expect(
        actWarningText(['Warning: The current testing environment is not configured to support act(...)']),
      ).toBeDefined();
    });
  });

  describe('when it is any other error', () => {
    it('lets it through', () => {
      expect(actWarningText(['Warning: Each child in a list should have a unique "key" prop.%s', ''])).toBe(
        undefined,
      );
      expect(actWarningText([new Error('boom')])).toBe(undefined);
    });
  });

  describe('when the format string has more placeholders than arguments, or extra arguments', () => {
    it('prints them as console.error would', () => {
      expect(formatConsoleArguments(['%s has %d of %s', 'list', '3'])).toBe('list has 3 of %s');
      expect(formatConsoleArguments(['100%% done', 'extra', 2])).toBe('100% done extra 2');
      expect(formatConsoleArguments(['%cstyled', 'color: red'])).toBe('styled');
    });
  });
});
