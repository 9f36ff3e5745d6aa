/// <reference types="vite/client" />
// Every story of stories/*.stories.tsx, rendered as Storybook renders it (portable stories: the
// preview's decorators, loaders and CSS), its play function run, then in each mode (light, dark,
// right to left):
// - layout checks a person would notice: text cut off, an open list off-screen, cut or covered,
//   text below 4.5:1 (test/support);
// - a screenshot compared with the committed baseline in test/visual/__screenshots__ (a small
//   tolerance absorbs font hinting and anti-aliasing): every story in light, dark and right to left
//   (in Arabic), and the pinned Dark, RightToLeft and locale variants (SCREENSHOT_MODES below).
// `npm run test:visual -- --update` rewrites the baselines after a change meant to alter pixels.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import * as previewAnnotations from '../../.storybook/preview.js';
import { isVisible, lowContrastTexts } from '../support/contrast.js';
import { clippedTexts, openListProblems } from '../support/layout.js';
import './visual.css';

setProjectAnnotations([previewAnnotations]);

/** The viewport every story renders in, unless it names another (`globals.viewport`). */
const VIEWPORT = { width: 480, height: 640 };

/**
 * The modes whose screenshot is compared with a baseline (the layout checks run in all three): every
 * story in light, dark and right to left. Stories of plain markup (Hooks) narrow this with
 * `parameters.visual.modes`.
 */
const SCREENSHOT_MODES: ReadonlyArray<keyof typeof MODES> = ['light', 'dark', 'rtl', 'he'];

/** The tallest story a screenshot takes (the page holding the test frame is 3000 px tall: vitest.config.ts). */
const MAX_HEIGHT = 3000;

/**
 * The three modes, as the toolbar's globals. A story that pins a global keeps it. Right to left is
 * shown with real right-to-left text (Arabic: its own script, six plural forms, data isolated in
 * `<bdi>`), not English laid out backwards.
 */
const MODES = {
  light: { theme: 'light', direction: 'ltr' },
  dark: { theme: 'dark', direction: 'ltr' },
  rtl: { theme: 'light', direction: 'rtl', locale: 'ar' },
  // Hebrew, dark, for the first story of each component (its everyday state): the second
  // right-to-left script, without doubling the run.
  he: { theme: 'dark', direction: 'rtl', locale: 'he' },
} as const;

/** `parameters.visual` of a story (see stories/HostPage.stories.tsx). */
interface VisualParameters {
  /** The modes to shoot. @default ['light', 'dark', 'rtl'] */
  modes?: Array<keyof typeof MODES>;
  /** `prefers-color-scheme` of the emulated OS. @default 'light' */
  colorScheme?: 'light' | 'dark';
  /**
   * Whether to compare a screenshot; `false` keeps the layout checks only (the All states grid: every
   * cell is another story's state, shot there, and the whole grid is too tall for a baseline).
   * @default true
   */
  screenshot?: boolean;
  /**
   * Layout problems this story shows today and that are not fixed yet, each a substring of what the
   * checks print (or a pattern). The test asserts each still shows, so a fix fails it until its line goes.
   */
  knownProblems?: Array<string | RegExp>;
}

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });

/** What `composeStories` gives per story, as far as this file uses it. */
interface ComposedStory {
  id: string;
  storyName: string;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  run: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
}

interface Case {
  name: string;
  file: string;
  story: ComposedStory;
  /** Compare a screenshot (else the layout checks only). */
  isShot: boolean;
}

/** The globals a story can pin (`globals: { theme: 'dark' }` on a Dark story, a locale…). */
const PINNABLE = ['theme', 'direction', 'locale'] as const;

/**
 * One case per story and mode. A story that pins one of the modes' globals (the Dark, RightToLeft,
 * Spanish… variants) is shot once, as pinned: in the other modes it would repeat another story.
 */
function cases(): Case[] {
  const result: Case[] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [mode, globals] of Object.entries(MODES)) {
      const stories = composeStories(module, { initialGlobals: globals }) as Record<string, ComposedStory>;
      for (const [index, [exportName, story]] of Object.entries(stories).entries()) {
        if (mode === 'he' && (index > 0 || !story.id.startsWith('components-'))) continue;
        const raw = (module as unknown as Record<string, { globals?: Record<string, unknown> }>)[exportName];
        const pinned = raw?.globals ?? {};
        const isPinned = PINNABLE.some((key) => key in pinned);
        if (isPinned && mode !== 'light') continue;
        const modes = (story.parameters.visual as VisualParameters | undefined)?.modes;
        if (modes && !modes.includes(mode as keyof typeof MODES)) continue;
        const isShot = isPinned || SCREENSHOT_MODES.includes(mode as keyof typeof MODES);
        result.push({ name: isPinned ? story.id : `${story.id}--${mode}`, file, story, isShot });
      }
    }
  }
  return result;
}

function viewportOf(story: Case['story']): { width: number; height: number } {
  const value = story.globals.viewport as { value?: string } | string | undefined;
  const key = typeof value === 'string' ? value : value?.value;
  const options = (
    story.parameters.viewport as { options?: Record<string, { styles: Record<string, string> }> }
  )?.options;
  const styles = key ? options?.[key]?.styles : undefined;
  if (!styles) return VIEWPORT;
  return { width: Number.parseInt(styles.width!, 10), height: Number.parseInt(styles.height!, 10) };
}

function emulateMedia(colorScheme: 'light' | 'dark') {
  return cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: colorScheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Fonts loaded, layout settled (two frames), focus-visible rings left as the play function left them. */
async function settle() {
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

/**
 * What to capture. When something floats over the page (a dialog, an open list), the viewport as
 * the layout checks saw it: a transparent fixed frame over it (an element screenshot is a clip of the
 * page). Otherwise the story's root, whole: the viewport grows to its height first, since Chromium
 * leaves what lies below the viewport blank in an element screenshot.
 */
async function subject(canvas: HTMLElement, width: number, height: number): Promise<HTMLElement> {
  const floating = [
    ...document.querySelectorAll('[role="dialog"], [role="alertdialog"], [role="listbox"], :popover-open'),
  ].some(isVisible);
  if (floating) {
    const frame = document.createElement('div');
    frame.className = 'visual-viewport';
    frame.style.cssText = 'position: fixed; inset: 0; pointer-events: none; background: none';
    document.body.append(frame);
    return frame;
  }
  const needed = Math.ceil(canvas.getBoundingClientRect().height);
  if (needed > MAX_HEIGHT) {
    throw new Error(
      `The story is ${needed} px tall, more than ${MAX_HEIGHT}: shorten it or set parameters.visual.screenshot = false`,
    );
  }
  if (needed > height) {
    await page.viewport(width, needed);
    await settle();
  }
  window.scrollTo(0, 0);
  return canvas;
}

beforeAll(async () => {
  await emulateMedia('light');
  // Whether headless Chromium lets the page write the clipboard varies from run to run, and the
  // hand-off says "copied" or "could not copy" accordingly: always copied here.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async () => undefined },
  });
});

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('every story, in light, dark and right to left', () => {
  for (const { name, story, isShot } of cases()) {
    it(`given ${story.storyName} (${name}) when rendered and played it shows no clipped, hidden or faint text${isShot ? ', and matches its baseline' : ''}`, async () => {
      const visual = (story.parameters.visual ?? {}) as VisualParameters;
      const { width, height } = viewportOf(story);
      await page.viewport(width, height);
      await emulateMedia(visual.colorScheme ?? 'light');
      const canvas = document.createElement('div');
      canvas.className = 'visual-canvas';
      document.body.append(canvas);
      // run() unmounts the previous story first (its portals go with it); then its canvas can go.
      await story.run({ canvasElement: canvas });
      for (const old of document.querySelectorAll('.visual-canvas, .visual-viewport')) {
        if (old !== canvas) old.remove();
      }
      await settle();

      const problems = [
        ...clippedTexts(document.body),
        ...openListProblems(document),
        ...lowContrastTexts(document.body).map((line) => `contrast below 4.5:1: ${line}`),
      ];
      const known = visual.knownProblems ?? [];
      const matches = (line: string, problem: string | RegExp) =>
        typeof problem === 'string' ? line.includes(problem) : problem.test(line);
      for (const problem of known) {
        expect(
          problems.some((line) => matches(line, problem)),
          `known problem "${problem}" no longer shows: remove it from the list`,
        ).toBe(true);
      }
      expect(problems.filter((line) => !known.some((problem) => matches(line, problem)))).toEqual([]);

      if (visual.screenshot === false || !isShot) return;
      const target = await subject(canvas, width, height);
      await expect.element(page.elementLocator(target)).toMatchScreenshot(name);
      if (target !== canvas) target.remove();
    });
  }
});
