import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Radix Dialog is a chunk of its own, loaded when a dialog's opener is hovered, focused or pressed,
// or when a dialog opens. These tests start from fresh modules (the dom setup loads it for every
// other test) and count the imports of that chunk: what a page's network panel would show.
let imports = 0;
let failNext = 0;

beforeEach(() => {
  vi.resetModules();
  imports = 0;
  failNext = 0;
  vi.doMock('./dialogParts.js', async (importOriginal) => {
    imports++;
    if (failNext > 0) {
      failNext--;
      throw new Error('Failed to fetch dynamically imported module');
    }
    return importOriginal();
  });
});

async function fresh() {
  const { AddChildDialog } = await import('./AddChildDialog.js');
  const { KinshipProvider } = await import('../hooks/KinshipProvider.js');
  const { createSandbox } = await import('../sandbox/index.js');
  const { dialogParts } = await import('./lazyDialog.js');
  const sandbox = createSandbox();
  const wrap = (ui: React.ReactNode) => (
    <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher: sandbox.fetcher }}>{ui}</KinshipProvider>
  );
  return { AddChildDialog, wrap, dialogParts };
}

const moment = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('given an AddChildDialog on a page that has not loaded Radix Dialog', () => {
  it('at start loads nothing, and its trigger carries what Radix gives one', async () => {
    const { AddChildDialog, wrap, dialogParts } = await fresh();
    render(wrap(<AddChildDialog flow="account" />));
    await moment();
    expect(imports).toBe(0);
    expect(dialogParts.loaded()).toBeUndefined();
    const trigger = screen.getByRole('button', { name: 'Add a child' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).not.toHaveAttribute('aria-controls');
    expect(trigger).toHaveAttribute('data-state', 'closed');
  });

  it('when the trigger is hovered, loads the dialog once, so the click opens it at once', async () => {
    const { AddChildDialog, wrap, dialogParts } = await fresh();
    render(wrap(<AddChildDialog flow="account" />));
    const trigger = screen.getByRole('button', { name: 'Add a child' });
    fireEvent.pointerEnter(trigger);
    fireEvent.focus(trigger);
    await waitFor(() => expect(dialogParts.loaded()).toBeDefined());
    expect(imports).toBe(1);
    fireEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Add a child' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', dialog.id);
  });

  it('when it starts open (defaultOpen), loads the dialog and shows it', async () => {
    const { AddChildDialog, wrap } = await fresh();
    render(wrap(<AddChildDialog flow="account" defaultOpen />));
    expect(await screen.findByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
    expect(imports).toBe(1);
  });

  it('when the dialog cannot be loaded, says so next to the trigger, and "Try again" opens it', async () => {
    const { AddChildDialog, wrap } = await fresh();
    failNext = Number.POSITIVE_INFINITY; // offline until "Try again"
    const user = userEvent.setup();
    render(wrap(<AddChildDialog flow="account" />));
    await user.click(screen.getByRole('button', { name: 'Add a child' }));
    const message = await screen.findByText(
      'We could not reach the service. Check your connection and try again.',
    );
    expect(message.closest('[role="alert"]')).not.toBeNull();
    // Styled as the kit's other action buttons (tokens.css), not the browser's default button.
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveClass('kinship-AddChildDialog-retry');
    expect(screen.queryByRole('dialog')).toBeNull();
    const failedImports = imports;
    failNext = 0; // back online
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
    expect(screen.queryByText(/We could not reach the service/)).toBeNull();
    expect(imports).toBe(failedImports + 1);
  });

  it('on the server renders the trigger only and loads nothing', async () => {
    const { AddChildDialog, wrap } = await fresh();
    const html = renderToString(wrap(<AddChildDialog flow="account" defaultOpen />));
    expect(html).toContain('Add a child');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).not.toContain('role="dialog"');
    await moment();
    expect(imports).toBe(0);
  });
});

describe('given a host trigger whose own click handler calls preventDefault', () => {
  it('keeps the dialog closed (the kit skips its handler), and the host still gets its click', async () => {
    const { AddChildDialog, wrap, dialogParts } = await fresh();
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    const user = userEvent.setup();
    render(
      wrap(
        <AddChildDialog
          flow="account"
          trigger={
            <button type="button" onClick={onClick}>
              New child
            </button>
          }
        />,
      ),
    );
    const trigger = screen.getByRole('button', { name: 'New child' });
    await user.click(trigger);
    // Hovering loaded the dialog: it could open, and stays closed.
    await waitFor(() => expect(dialogParts.loaded()).toBeDefined());
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('gives the host its element through its ref, and a host <button> in a form does not submit it', async () => {
    const { AddChildDialog, wrap } = await fresh();
    const ref = { current: null as HTMLButtonElement | null };
    const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
    const user = userEvent.setup();
    // biome-ignore lint/a11y/useButtonType: a host's button without a type is what this test is about
    const hostTrigger = <button ref={ref}>New child</button>;
    render(
      wrap(
        <form onSubmit={onSubmit}>
          <AddChildDialog flow="account" trigger={hostTrigger} />
        </form>,
      ),
    );
    const trigger = screen.getByRole('button', { name: 'New child' });
    expect(ref.current).toBe(trigger);
    expect(trigger).toHaveAttribute('type', 'button');
    await user.click(trigger);
    expect(await screen.findByRole('dialog', { name: 'Add a child' })).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
