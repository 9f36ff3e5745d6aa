import { Markdown } from '@storybook/addon-docs/blocks';
import type { AnchorHTMLAttributes } from 'react';

/**
 * The Storybook title of each docs/*.md page: `stories/docs/<name>.mdx` uses the same title in its
 * `<Meta>`, so a link between pages (`form.md#props`) opens the other page in Storybook.
 */
export const DOC_TITLES: Record<string, string> = {
  'README.md': 'Docs/Overview',
  'components.md': 'Docs/Components',
  'form.md': 'Docs/AddChildForm and ConsentHandoff',
  'picker.md': 'Docs/ChildPicker',
  'dialog.md': 'Docs/AddChildDialog and IdentityStatusBadge',
  'family-panel.md': 'Docs/FamilyPanel',
  'theming.md': 'Docs/Theming',
  'languages.md': 'Docs/Languages',
  'glossary.md': 'Docs/Glossary',
  'hooks.md': 'Docs/Headless hooks',
  'operations.md': 'Docs/Core operations',
  'errors.md': 'Docs/Errors',
  'api.md': 'Docs/API reference',
  'vite.md': 'Docs/Vite and React Router',
  'nextjs-pages-router.md': 'Docs/Next.js Pages Router',
  'nextjs-app-router.md': 'Docs/Next.js App Router',
  'credentials.md': 'Docs/Why credentials stay on the server',
  'server.md': 'Docs/Server proxies',
  'sandbox.md': 'Docs/Sandbox',
  'hardening.md': 'Docs/Reliability and security',
  'storybook.md': 'Docs/Storybook',
};

/** Storybook's id for a title (its `sanitize`), e.g. "Docs/Core operations" → "docs-core-operations". */
function storyId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The Storybook address of a link between docs pages, or null when it points elsewhere. */
function docsHref(href: string): string | null {
  const [path = '', anchor] = href.split('#');
  const title = DOC_TITLES[path.replace(/^\.\//, '')];
  if (!title) return null;
  return `./?path=/docs/${storyId(title)}--docs${anchor ? `#${anchor}` : ''}`;
}

function DocLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const inStorybook = docsHref(href);
  if (inStorybook) {
    return (
      <a {...rest} href={inStorybook} target="_top">
        {children}
      </a>
    );
  }
  // Same-page anchors stay; anything else (the README, the source) is not part of the Storybook.
  return (
    <a {...rest} href={href}>
      {children}
    </a>
  );
}

/** Code blocks scroll sideways instead of running past the page. */
const codeBlock = { style: { overflowX: 'auto', padding: '0.75rem', background: 'rgba(0, 0, 0, 0.04)' } };

/** One docs/*.md page, rendered as Markdown, with links between pages kept inside Storybook. */
export function DocPage({ markdown }: { markdown: string }) {
  return (
    <Markdown options={{ overrides: { a: { component: DocLink }, pre: { props: codeBlock } } }}>
      {markdown}
    </Markdown>
  );
}
