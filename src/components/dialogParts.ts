'use client';

// Internal: the Radix Dialog parts the kit's dialogs use (portal, overlay, focus trap, scroll lock,
// Escape, outside clicks). Reached only through the dynamic import in `lazyDialog.tsx`: a chunk of
// its own that a page loads when a dialog is about to open, not at start.
export { Close, Content, Description, Overlay, Portal, Root, Title } from '@radix-ui/react-dialog';
