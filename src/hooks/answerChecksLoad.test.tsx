import { render, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every request waits for the answer checks (a chunk loaded on demand). The provider starts that
// load when it mounts in the browser, so it is done before anyone submits. These tests start from
// fresh modules (the dom setup loads the checks for every other test) and count the imports of the
// chunk: the count is what a page's network panel would show.
let imports = 0;

beforeEach(() => {
  vi.resetModules();
  imports = 0;
  vi.doMock('../core/answerChecks.js', async (importOriginal) => {
    imports++;
    return importOriginal();
  });
});

async function fresh() {
  const { KinshipProvider } = await import('./KinshipProvider.js');
  const { useAddChildren } = await import('./useAddChildren.js');
  const { answerChecksModule } = await import('../core/answerChecksLoader.js');
  return { KinshipProvider, useAddChildren, answerChecksModule };
}

/** Real time, to show that something does not happen. */
const moment = () => new Promise((resolve) => setTimeout(resolve, 50));

const fetcher = vi.fn(async () => new Response('{}'));

describe('given a KinshipProvider with a service config', () => {
  it('when it mounts in the browser, it starts loading the answer checks before any request', async () => {
    const { KinshipProvider, answerChecksModule } = await fresh();
    expect(answerChecksModule.loaded()).toBeUndefined();
    render(
      <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher }}>
        <p>form</p>
      </KinshipProvider>,
    );
    await waitFor(() => expect(answerChecksModule.loaded()).toBeDefined());
    expect(imports).toBe(1);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('when it is rendered on the server (renderToString), it loads nothing', async () => {
    const { KinshipProvider, answerChecksModule } = await fresh();
    const html = renderToString(
      <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher }}>
        <p>picker</p>
      </KinshipProvider>,
    );
    expect(html).toContain('picker');
    await moment();
    expect(imports).toBe(0);
    expect(answerChecksModule.loaded()).toBeUndefined();
  });
});

describe('given a KinshipProvider without any service config (nothing to send)', () => {
  it('when it mounts, it loads nothing', async () => {
    const { KinshipProvider, answerChecksModule } = await fresh();
    render(
      <KinshipProvider locale="es">
        <p>badge</p>
      </KinshipProvider>,
    );
    await moment();
    expect(imports).toBe(0);
    expect(answerChecksModule.loaded()).toBeUndefined();
  });
});

describe('given a mutation hook with its config passed directly (no provider)', () => {
  it('when it mounts, it starts loading the answer checks, once for the page', async () => {
    const { useAddChildren, answerChecksModule } = await fresh();
    const conomy = { baseUrl: '/api/conomy', fetcher };
    renderHook(() => useAddChildren({ identityId: 'parent', conomy }));
    renderHook(() => useAddChildren({ identityId: 'other', conomy }));
    await waitFor(() => expect(answerChecksModule.loaded()).toBeDefined());
    expect(imports).toBe(1);
    expect(fetcher).not.toHaveBeenCalled();
  });
});
