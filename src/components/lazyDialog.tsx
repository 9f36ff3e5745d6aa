'use client';

// Internal: Radix Dialog loaded on demand, for `AddChildDialog` and `FamilyPanel`'s confirmation.
import * as React from 'react';
import { lazyModule } from '../core/lazyModule.js';
import { useLazyModule } from '../hooks/internal/useLazyModule.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { useTranslator } from '../hooks/useTranslator.js';

/** Radix Dialog's parts, loaded once per page when a dialog is first about to open. */
export const dialogParts = lazyModule(() => import('./dialogParts.js'));

/** The parts as a component sees them. */
export type DialogParts = typeof import('./dialogParts.js');

/**
 * Radix Dialog for a dialog that is `open` (or about to be): loads the parts while it is open and
 * whenever `load` is called (call it on intent: the opener hovered, focused or pressed, so that the
 * dialog opens without a wait). `Dialog` is `undefined` until they have arrived; `failed` says the
 * latest load failed while the dialog was asked to open (offline, a blocked chunk, a new deployment).
 */
export function useDialogParts(open: boolean): {
  Dialog: DialogParts | undefined;
  failed: boolean;
  load: () => void;
} {
  const parts = useLazyModule(dialogParts);
  const { load } = parts;
  React.useEffect(() => {
    if (open) load();
  }, [open, load]);
  return { Dialog: parts.module, failed: open && parts.failed, load };
}

/**
 * What a person sees when a dialog they opened could not be loaded: the network message and a
 * button that tries again (the dialog then opens).
 */
export function DialogLoadError({
  className,
  retryClassName,
  onRetry,
}: {
  className: string | undefined;
  retryClassName: string | undefined;
  onRetry: () => void;
}) {
  const { t } = useTranslator();
  // Beside the trigger, maybe outside any themed wrapper: it carries the provider's theme, as the trigger does.
  const { theme } = useKinshipConfig();
  return (
    <div role="alert" className={className} data-kinship-theme={theme}>
      <p>{t('error.network')}</p>
      <button type="button" className={retryClassName} onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
