/// <reference types="vite/client" />
// The layout checks (test/support/layout.ts, contrast.ts) must see what the issue's screenshots
// showed: each fixture below is deliberately broken one way, and the checks report it; its fixed
// twin passes. The visual tests run these checks on every story.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { lowContrastTexts } from './contrast.js';
import { clippedTexts, openListProblems } from './layout.js';

afterEach(async () => {
  cleanup();
  await page.viewport(480, 640);
});

const OPTIONS = [
  'Sofía Martínez',
  'Diego Martínez',
  'Manuela Restrepo',
  'Tomás Araujo',
  'Valentina Peña',
  'Camila Muñoz',
];

function Listbox({ style }: { style?: React.CSSProperties }) {
  return (
    <div role="listbox" id="list" aria-label="Children" style={{ background: '#fff', ...style }}>
      {OPTIONS.map((name) => (
        <div role="option" tabIndex={-1} aria-selected="false" key={name} style={{ blockSize: 40 }}>
          {name}
        </div>
      ))}
    </div>
  );
}

describe('clippedTexts', () => {
  describe('given a label wider than its overflow:hidden box, with no ellipsis', () => {
    it('reports the text as wider than its box', () => {
      render(
        <div data-testid="root">
          <span style={{ display: 'block', inlineSize: 80, overflow: 'hidden', whiteSpace: 'nowrap' }}>
            A first name far too long for its box
          </span>
        </div>,
      );
      const problems = clippedTexts(screen.getByTestId('root'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/text wider than its box .*A first name far too long/);
    });
  });

  describe('given the same label with text-overflow: ellipsis', () => {
    it('reports nothing: the ellipsis is the design', () => {
      render(
        <div data-testid="root">
          <span
            style={{
              display: 'block',
              inlineSize: 80,
              overflow: 'hidden',
              whiteSpace: 'nowrap',
              textOverflow: 'ellipsis',
            }}
          >
            A first name far too long for its box
          </span>
        </div>,
      );
      expect(clippedTexts(screen.getByTestId('root'))).toEqual([]);
    });
  });

  describe('given a paragraph that an overflow:hidden ancestor cuts at the bottom', () => {
    it('reports the cut and names the ancestor', () => {
      render(
        <div data-testid="root" className="card" style={{ blockSize: 30, overflow: 'hidden' }}>
          <p style={{ margin: 0 }}>First line</p>
          <p style={{ margin: 0 }}>Second line</p>
          <p style={{ margin: 0 }}>Third line, below the card's edge</p>
        </div>,
      );
      const problems = clippedTexts(screen.getByTestId('root'));
      expect(
        problems.some((line) => /text cut by overflow:hidden.*class="card".*Third line/.test(line)),
      ).toBe(true);
    });
  });

  describe('given the same paragraphs in a scrolling region', () => {
    it('reports nothing: scrolled out of view is not cut off', () => {
      render(
        <div data-testid="root" style={{ blockSize: 30, overflow: 'auto' }}>
          <p style={{ margin: 0 }}>First line</p>
          <p style={{ margin: 0 }}>Second line</p>
          <p style={{ margin: 0 }}>Third line, scrolled out of view</p>
        </div>,
      );
      expect(clippedTexts(screen.getByTestId('root'))).toEqual([]);
    });
  });

  describe('given visually hidden text (the sr-only pattern)', () => {
    it('reports nothing', () => {
      render(
        <div data-testid="root">
          <span
            style={{
              position: 'absolute',
              inlineSize: 1,
              blockSize: 1,
              overflow: 'hidden',
              clipPath: 'inset(50%)',
              whiteSpace: 'nowrap',
            }}
          >
            Announced to screen readers only
          </span>
        </div>,
      );
      expect(clippedTexts(screen.getByTestId('root'))).toEqual([]);
    });
  });

  describe('given a 320 px page and a word that does not wrap', () => {
    it('reports the text beyond the page edge', async () => {
      await page.viewport(320, 640);
      render(
        <div data-testid="root">
          <p style={{ margin: 0 }}>
            {'constanza'.repeat(8)}
            @example.com
          </p>
        </div>,
      );
      const problems = clippedTexts(screen.getByTestId('root'));
      expect(problems.join('\n')).toMatch(/text (wider than its box|beyond the page's edge)/);
    });
  });
});

describe('openListProblems', () => {
  describe('given an open list squeezed into a short scrolling dialog (one option shows)', () => {
    it('reports the list cut by the dialog', () => {
      render(
        <div
          role="dialog"
          aria-label="Add a child"
          className="dialog"
          style={{ blockSize: 120, overflow: 'auto' }}
        >
          <input role="combobox" aria-controls="list" aria-expanded="true" aria-label="Children" />
          <div style={{ blockSize: 60 }} />
          <Listbox />
        </div>,
      );
      const problems = openListProblems();
      expect(problems.some((line) => /open list cut by overflow:auto.*class="dialog"/.test(line))).toBe(true);
    });
  });

  describe('given an open list below the bottom of the viewport', () => {
    it('reports it outside the viewport', () => {
      render(
        <div>
          <div style={{ blockSize: 600 }} />
          <Listbox />
        </div>,
      );
      expect(openListProblems().some((line) => line.startsWith('open list outside the viewport'))).toBe(true);
    });
  });

  describe('given an open list under another element (a button drawn over it)', () => {
    it('reports what covers its centre', () => {
      render(
        <div style={{ position: 'relative' }}>
          <Listbox />
          <button
            type="button"
            className="primary"
            style={{ position: 'absolute', insetInline: 0, insetBlockStart: 100, blockSize: 80, zIndex: 1 }}
          >
            Link 1 child
          </button>
        </div>,
      );
      const problems = openListProblems();
      expect(
        problems.some((line) => /open list covered at its centre .* by <button class="primary">/.test(line)),
      ).toBe(true);
    });
  });

  describe('given an open list in a popover, above an overflow:hidden card', () => {
    it('reports nothing: the top layer escapes the card', async () => {
      render(
        <div style={{ blockSize: 60, overflow: 'hidden' }}>
          <div
            popover="manual"
            data-testid="popover"
            style={{ margin: 0, inset: 'auto', insetBlockStart: 40, insetInlineStart: 0, padding: 0 }}
          >
            <Listbox />
          </div>
        </div>,
      );
      (screen.getByTestId('popover') as HTMLElement).showPopover();
      expect(openListProblems()).toEqual([]);
    });
  });
});

describe('lowContrastTexts', () => {
  describe('given grey text on white and white text on a light yellow button', () => {
    it('reports both with their ratio', () => {
      render(
        <div data-testid="root" style={{ background: '#ffffff' }}>
          <p style={{ color: '#999999' }}>Faint hint</p>
          <button type="button" style={{ color: '#ffffff', background: '#ffcc00' }}>
            Add child
          </button>
          <p style={{ color: '#1f2328' }}>Readable text</p>
        </div>,
      );
      const problems = lowContrastTexts(screen.getByTestId('root'));
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^2\.85:1 <p .*Faint hint/);
      expect(problems[1]).toMatch(/^1\.\d\d:1 <button .*Add child/);
    });
  });

  describe('given near-white text on a white host page under a transparent kit surface', () => {
    it('composes the background through the ancestors and reports it', () => {
      render(
        <div data-testid="root" style={{ background: '#ffffff' }}>
          <div style={{ background: 'transparent' }}>
            <span style={{ color: '#eceef2' }}>First name</span>
          </div>
        </div>,
      );
      expect(lowContrastTexts(screen.getByTestId('root'))).toEqual([
        expect.stringMatching(/^1\.1\d:1 <span .*First name/),
      ]);
    });
  });
});
