/**
 * The floor: the cheapest React page that repaints on every keystroke — a controlled input and its
 * echo, no list — holding the same candidates in memory as the picker page.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { installBench } from './harness.js';

function Floor() {
  const [text, setText] = useState('');
  return (
    <div>
      <label>
        Search
        <input
          role="combobox"
          aria-expanded="false"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <output data-echo="">{text}</output>
    </div>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
installBench(
  () => flushSync(() => root.render(<Floor />)),
  (text) => document.querySelector('[data-echo]')?.textContent === text,
);
