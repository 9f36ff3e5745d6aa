'use client';

import * as React from 'react';
import type { AddChildFormStatus, AddChildFormValues } from '../core/form/index.js';
import { composeEventHandlers, joinClassNames } from '../hooks/internal/dom.js';
import { useMergedRef } from '../hooks/internal/refs.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { useTranslator } from '../hooks/useTranslator.js';
import { AddChildForm, type AddChildFormClassNames, type AddChildFormProps } from './AddChildForm.js';
import { ChildPicker, type ChildPickerClassNames, type ChildPickerProps } from './ChildPicker.js';
import { DialogLoadError, useDialogParts } from './lazyDialog.js';

/** Class name slots of `AddChildDialog` (added after the kit's own `kinship-AddChildDialog-<slot>`). */
export interface AddChildDialogClassNames {
  /** The default trigger button (not a host-given `trigger`, which keeps its own classes). */
  trigger?: string;
  /** The backdrop. */
  overlay?: string;
  /** The dialog box (`role="dialog"`). */
  content?: string;
  /** Holds the title and the description. */
  header?: string;
  title?: string;
  description?: string;
  /** The close button. */
  close?: string;
  /** Holds the form or the picker. */
  body?: string;
  /** The message shown next to the trigger when the dialog could not be loaded. */
  loadError?: string;
  /** The "Try again" button inside `loadError` (styled as the kit's other action buttons). */
  retry?: string;
}

/** Props of `AddChildDialog` shared by both flows. */
export interface AddChildDialogBaseProps {
  /**
   * The element that opens the dialog (rendered with Radix `asChild`: it must be one element that
   * accepts a ref and `onClick`, like a `<button>`). Default: a button labelled from the catalogue
   * (`dialog.account.trigger` / `dialog.link.trigger`). `null`: no trigger (control `open` yourself).
   * The kit adds `aria-haspopup`, `aria-expanded`, `aria-controls`, `data-state`, and handlers that
   * open the dialog and load it on intent (hover, focus, press); a handler of yours that calls
   * `event.preventDefault()` skips the kit's.
   */
  trigger?: React.ReactNode;
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /** Whether the dialog starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close (trigger, close button, Escape, click outside). */
  onOpenChange?: (open: boolean) => void;
  /** The heading. @default the catalogue's `dialog.<flow>.title` */
  title?: React.ReactNode;
  /** The text under the heading; `null` renders none. @default the catalogue's `dialog.<flow>.description` */
  description?: React.ReactNode;
  /**
   * Where the dialog is portalled. @default document.body. Give an element inside your
   * `data-kinship-theme` / `dir` wrapper if you set those below `<html>`.
   */
  container?: HTMLElement | null;
  /** Extra class names on the dialog box, after the kit's. */
  className?: string;
  /** Class names per part of the dialog, after the kit's. */
  classNames?: AddChildDialogClassNames;
  /** Leaves out the kit's class names, in the dialog and in the form or picker inside. @default false */
  unstyled?: boolean;
}

/** `flow: 'account'`: the dialog holds an `AddChildForm`; the form's props pass through. */
export type AddChildDialogAccountProps = AddChildDialogBaseProps &
  Omit<AddChildFormProps, 'className' | 'classNames' | 'unstyled'> & {
    /** Creates a child account at PRIVO (`AddChildForm`). */
    flow: 'account';
    /** Class names of the form's parts (`AddChildForm`'s `classNames`). */
    flowClassNames?: AddChildFormClassNames;
  };

/** `flow: 'link'`: the dialog holds a `ChildPicker`; the picker's props pass through. */
export type AddChildDialogLinkProps = AddChildDialogBaseProps &
  Omit<ChildPickerProps, 'className' | 'classNames' | 'unstyled' | 'title'> & {
    /** Links existing Conomy identities as children (`ChildPicker`). */
    flow: 'link';
    /** Class names of the picker's parts (`ChildPicker`'s `classNames`). */
    flowClassNames?: ChildPickerClassNames;
  };

/** Props of `AddChildDialog`: the dialog's own, plus those of the flow's component. */
export type AddChildDialogProps = AddChildDialogAccountProps | AddChildDialogLinkProps;

function CloseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M5 5l10 10M15 5L5 15"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}

/**
 * The account form, remembering what was typed across closing: Radix unmounts a closed dialog's
 * content (keeping it mounted with `forceMount` would leave the rest of the page `aria-hidden`), so
 * the draft lives in the dialog (a ref: it changes on every keystroke and needs no render) and comes
 * back as the form's `defaultValues`.
 */
function AccountFlow({
  draft,
  status,
  formProps,
}: {
  draft: React.MutableRefObject<Partial<AddChildFormValues> | undefined>;
  status: React.MutableRefObject<AddChildFormStatus>;
  formProps: AddChildFormProps;
}) {
  const { stateReducer: hostStateReducer, onStatusChange: hostOnStatusChange } = formProps;
  const stateReducer = React.useCallback<NonNullable<AddChildFormProps['stateReducer']>>(
    (state, actionAndChanges) => {
      const next = hostStateReducer ? hostStateReducer(state, actionAndChanges) : actionAndChanges.changes;
      // Once created, the next opening starts a new child instead of resubmitting the same one.
      draft.current = next.status === 'success' ? undefined : next.values;
      return next;
    },
    [draft, hostStateReducer],
  );
  const defaultValues = draft.current ?? formProps.defaultValues;
  return (
    <AddChildForm
      {...formProps}
      {...(defaultValues ? { defaultValues } : {})}
      stateReducer={stateReducer}
      onStatusChange={(next) => {
        status.current = next;
        hostOnStatusChange?.(next);
      }}
    />
  );
}

/** The ref a host gave its trigger element: a prop since React 19, on the element before. */
function elementRef(element: React.ReactElement): React.Ref<HTMLElement> | undefined {
  return (
    React.version.startsWith('18.')
      ? (element as unknown as { ref?: React.Ref<HTMLElement> }).ref
      : (element.props as { ref?: React.Ref<HTMLElement> }).ref
  ) as React.Ref<HTMLElement> | undefined;
}

/**
 * A modal dialog (Radix Dialog: focus trap, scroll lock, Escape, focus back to the trigger) around
 * one of the two flows: `flow="account"` creates a child account (`AddChildForm`), `flow="link"`
 * links existing identities (`ChildPicker`). Closing and reopening before submitting keeps what was
 * typed (the form's values) or chosen (the picker's selection); while an account is being created the
 * dialog stays open. `open` / `defaultOpen` / `onOpenChange` as in Radix.
 */
export const AddChildDialog = React.forwardRef<HTMLDivElement, AddChildDialogProps>(
  function AddChildDialog(props, ref) {
    const { t } = useTranslator();
    // The portal renders under <body>, outside any themed wrapper: its parts carry the provider's theme.
    const { theme } = useKinshipConfig();
    const {
      trigger,
      open,
      defaultOpen,
      onOpenChange,
      title,
      description,
      container,
      className,
      classNames,
      unstyled = false,
      flowClassNames,
      ...flowProps
    } = props;
    const flow = props.flow;
    // Open state (controlled with `open`, else its own), as Radix's `Dialog.Root` keeps it.
    const [ownOpen, setOwnOpen] = React.useState(defaultOpen ?? false);
    const isOpen = open ?? ownOpen;
    const setOpen = (next: boolean) => {
      if (next === isOpen) return;
      if (open === undefined) setOwnOpen(next);
      onOpenChange?.(next);
    };
    const cx = (slot: keyof AddChildDialogClassNames) =>
      joinClassNames(!unstyled && `kinship-AddChildDialog-${slot}`, classNames?.[slot]);

    // The form's submission status, as it reports it (`onStatusChange`): read only by the close
    // handlers, so a ref (no render). A new form starts idle, so closing resets it too.
    const formStatus = React.useRef<AddChildFormStatus>('idle');
    const draft = React.useRef<Partial<AddChildFormValues> | undefined>(undefined);
    const [uncontrolledSelection, setUncontrolledSelection] = React.useState<readonly string[]>(() =>
      props.flow === 'link' ? (props.defaultValue ?? []) : [],
    );

    let body: React.ReactNode;
    if (flowProps.flow === 'account') {
      const { flow: _flow, ...formProps } = flowProps;
      body = (
        <AccountFlow
          draft={draft}
          status={formStatus}
          formProps={{
            ...formProps,
            unstyled,
            ...(flowClassNames ? { classNames: flowClassNames as AddChildFormClassNames } : {}),
          }}
        />
      );
    } else {
      const { flow: _flow, value, defaultValue: _defaultValue, onValueChange, ...pickerProps } = flowProps;
      const isControlled = value !== undefined;
      body = (
        <ChildPicker
          {...pickerProps}
          unstyled={unstyled}
          {...(flowClassNames ? { classNames: flowClassNames as ChildPickerClassNames } : {})}
          value={isControlled ? value : uncontrolledSelection}
          onValueChange={(ids: string[]) => {
            if (!isControlled) setUncontrolledSelection(ids);
            onValueChange?.(ids);
          }}
        />
      );
    }

    // Account creation is not idempotent: closing would abort a request the server may still carry
    // out, so while the form is pending, Escape, outside clicks and the close button do nothing.
    const keepOpenWhilePending = (event: Event | React.SyntheticEvent) => {
      if (flow === 'account' && formStatus.current === 'pending') event.preventDefault();
    };

    // Radix handles Escape on the document before the picker's input sees it: in an open combobox
    // the first Escape closes only its list (the picker still gets the event), the next the dialog.
    const onEscapeKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof Element && target.matches('[role="combobox"][aria-expanded="true"]')) {
        event.preventDefault();
        return;
      }
      keepOpenWhilePending(event);
    };

    const { Dialog, failed, load } = useDialogParts(isOpen);
    const contentId = React.useId();
    const triggerRef = React.useRef<HTMLElement | null>(null);
    const setTriggerRef = React.useCallback((element: HTMLElement | null) => {
      triggerRef.current = element;
    }, []);
    const mergeTriggerRef = useMergedRef(setTriggerRef);
    // What had focus when the dialog opened: the trigger, or the host's own opener (`trigger={null}`).
    const openerRef = React.useRef<Element | null>(null);

    // What Radix's `Dialog.Trigger` gives its element, plus the load on intent: the trigger is the
    // kit's own so that it works before Radix has loaded.
    const triggerProps = (host: Record<string, unknown>, hostRef: React.Ref<HTMLElement> | undefined) => {
      type Handler = (event: React.SyntheticEvent) => void;
      const on = (name: string, own: Handler) => composeEventHandlers(host[name] as Handler | undefined, own);
      return {
        'aria-haspopup': 'dialog' as const,
        'aria-expanded': isOpen,
        // Only once the dialog exists: while it loads, the id would point at nothing.
        'aria-controls': isOpen && Dialog ? contentId : undefined,
        'data-state': isOpen ? 'open' : 'closed',
        onClick: on('onClick', () => setOpen(!isOpen)),
        onPointerEnter: on('onPointerEnter', load),
        onPointerDown: on('onPointerDown', load),
        onFocus: on('onFocus', load),
        ref: mergeTriggerRef(hostRef),
      };
    };
    let triggerElement: React.ReactNode = null;
    if (trigger === undefined) {
      triggerElement = (
        <button
          type="button"
          className={cx('trigger')}
          data-kinship-theme={theme}
          {...triggerProps({}, undefined)}
        >
          {t(flow === 'account' ? 'dialog.account.trigger' : 'dialog.link.trigger')}
        </button>
      );
    } else if (React.isValidElement<Record<string, unknown>>(trigger)) {
      triggerElement = React.cloneElement(trigger, {
        // As Radix's trigger: a host `<button>` inside a form does not submit it.
        ...(trigger.type === 'button' && trigger.props.type === undefined ? { type: 'button' } : {}),
        ...triggerProps(trigger.props, elementRef(trigger)),
      });
    } else {
      triggerElement = trigger;
    }

    const hasDescription = description !== null;
    return (
      <>
        {triggerElement}
        {failed ? (
          <DialogLoadError className={cx('loadError')} retryClassName={cx('retry')} onRetry={load} />
        ) : null}
        {Dialog ? (
          <Dialog.Root open={isOpen} onOpenChange={setOpen}>
            <Dialog.Portal {...(container ? { container } : {})}>
              <Dialog.Overlay className={cx('overlay')} data-kinship-theme={theme} />
              <Dialog.Content
                ref={ref}
                id={contentId}
                className={joinClassNames(cx('content'), className)}
                data-flow={flow}
                data-kinship-theme={theme}
                onEscapeKeyDown={onEscapeKeyDown}
                onInteractOutside={keepOpenWhilePending}
                // Before Radix moves focus in.
                onOpenAutoFocus={() => {
                  openerRef.current = document.activeElement;
                }}
                // The trigger is the kit's element, not Radix's `Dialog.Trigger`: focus goes back here, to
                // the element that opened the dialog, else (opened from the start, or where a click does not
                // focus a button) to the trigger.
                onCloseAutoFocus={(event) => {
                  event.preventDefault();
                  const opener = openerRef.current;
                  const back =
                    opener instanceof HTMLElement && opener.isConnected && opener !== document.body;
                  (back ? opener : triggerRef.current)?.focus();
                }}
                {...(hasDescription ? {} : { 'aria-describedby': undefined })}
              >
                <div className={cx('header')}>
                  <Dialog.Title className={cx('title')}>
                    {title ?? t(flow === 'account' ? 'dialog.account.title' : 'dialog.link.title')}
                  </Dialog.Title>
                  {hasDescription ? (
                    <Dialog.Description className={cx('description')}>
                      {description ??
                        t(flow === 'account' ? 'dialog.account.description' : 'dialog.link.description')}
                    </Dialog.Description>
                  ) : null}
                </div>
                <div className={cx('body')}>{body}</div>
                {/* Last in the DOM so that opening focuses the first field, not the close button. */}
                <Dialog.Close
                  className={cx('close')}
                  aria-label={t('dialog.close')}
                  onClick={keepOpenWhilePending}
                >
                  <CloseIcon />
                </Dialog.Close>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
        ) : null}
      </>
    );
  },
);
