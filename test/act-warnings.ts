// Fails a test that makes React print an act(…) warning ("An update to X inside a test was not
// wrapped in act(...)"): such a test asserted before the component settled, or left work running
// after it ended. The setup files of the dom, react18 and browser projects install it
// (test/setup-dom.ts, test/setup-browser.ts). Plain TypeScript, no Node APIs: it runs in Chromium too.

/**
 * React's act(…) warnings, in React 19's wording and React 18's ("Warning: …"), once the format
 * string's `%s` are filled in (React 18 passes the component's name as an argument).
 */
const ACT_WARNING =
  /not wrapped in act\(|not configured to support act\(|overlapping act\(\) calls|act\(\.\.\.\) is not supported|outside of act\(/;

/** What `console.error(format, ...args)` prints: `%s`, `%d`, `%i`, `%f`, `%o`, `%O`, `%c` filled in. */
export function formatConsoleArguments(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let next = 0;
  const filled = first.replace(/%([sdifoOc%])/g, (whole, kind: string) => {
    if (kind === '%') return '%';
    if (next >= rest.length) return whole;
    const value = rest[next++];
    if (kind === 'c') return '';
    if (kind === 'd' || kind === 'i') return String(Number.parseInt(String(value), 10));
    if (kind === 'f') return String(Number.parseFloat(String(value)));
    return show(value);
  });
  return [filled, ...rest.slice(next).map(show)].join(' ');
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

/** The text of a console.error call if it is one of React's act(…) warnings, else undefined. */
export function actWarningText(args: readonly unknown[]): string | undefined {
  const text = formatConsoleArguments(args);
  return ACT_WARNING.test(text) ? text : undefined;
}

let warnings: string[] = [];
let original: typeof console.error | undefined;

/**
 * Starts recording act(…) warnings: wraps console.error, which still prints unless `print` is
 * false. Call in beforeEach. A test that silences console.error itself
 * (`vi.spyOn(console, 'error').mockImplementation(…)`) hides them from this check too while the mock
 * is in place.
 */
export function startRecordingActWarnings({ print = true }: { print?: boolean } = {}): void {
  warnings = [];
  stopRecordingActWarnings();
  original = console.error;
  const printing = original;
  console.error = function recordingActWarnings(...args: unknown[]) {
    const warning = actWarningText(args);
    if (warning !== undefined) warnings.push(warning);
    if (print || warning === undefined) printing.apply(console, args);
  };
}

/** Puts console.error back. Call in afterEach, after checking. */
export function stopRecordingActWarnings(): void {
  if (original) console.error = original;
  original = undefined;
}

/** Throws, with every warning's text, if React printed an act(…) warning since recording started; clears them. */
export function failOnActWarnings(): void {
  const printed = warnings;
  warnings = [];
  if (printed.length === 0) return;
  throw new Error(
    `React printed ${printed.length} act(…) warning(s) during this test. Await what changes state ` +
      '(findBy…, waitFor), wrap timer advances in act(), or unmount before pending work settles ' +
      `(see CONTRIBUTING.md, "Quiet tests"):\n\n${printed.join('\n\n')}`,
  );
}
