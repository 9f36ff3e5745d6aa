// The tree the SSR, hydration and CSP tests render: every component of the kit, once per variant,
// over a sandbox. Built with createElement (no JSX) so Node tests and the Vite page share it as is.
// It must render the same on the server and in the browser: no clock, no random, no window.
import { createElement as h, type ReactElement, StrictMode, useEffect } from 'react';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  IdentityStatusBadge,
  KinshipProvider,
} from '../../src/index.js';
import { type createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';

type Sandbox = ReturnType<typeof createSandbox>;

/** A consent URL of the shape the sandbox hands out (fixed, so server and client agree). */
export const PAGE_CONSENT_URL = 'https://sandbox.privo.example/e/r/a?token=3461626364653d3d';

/** The roles the sandbox's partner configuration knows. */
export const PAGE_ROLES = [
  { identifier: 'childRole', label: 'Under 13' },
  { identifier: 'teenRole', label: '13 to 17' },
] as const;

/** Names of the page's regions (the tests find each component by them). */
export const REGIONS = {
  picker: 'Link children',
  formBirthDate: 'Form with a date of birth',
  formRole: 'Form with an age group',
  consentWithLink: 'Consent with a link',
  consentWithoutLink: 'Consent without a link',
  dialogs: 'Dialogs',
  badges: 'Badges',
} as const;

/** Marks the document once React has committed in the browser (effects never run on the server). */
function ReadyMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.kinshipReady = 'true';
  }, []);
  return null;
}

function region(name: string, ...children: ReactElement[]): ReactElement {
  return h('section', { 'aria-label': name, key: name }, ...children);
}

export interface HardeningPageOptions {
  /** The backend every component talks to. */
  sandbox: Sandbox;
  /** The picker's candidates: keep the same array between renders. */
  candidates: Sandbox['identities'];
  /** Renders the account dialog open (Radix portals render nothing on the server). @default false */
  dialogOpen?: boolean;
}

/** Every component of the kit inside one `KinshipProvider` over `sandbox`. */
export function HardeningPage({
  sandbox,
  candidates,
  dialogOpen = false,
}: HardeningPageOptions): ReactElement {
  const conomy = { baseUrl: '/api/conomy', fetcher: sandbox.fetcher };
  const privo = { baseUrl: '/api/privo', fetcher: sandbox.fetcher };
  return h(
    KinshipProvider,
    // The same nonce as the CSP test's policy (support/page-server.ts), for the dialog's scroll lock.
    { conomy, privo, locale: 'en', nonce: 'kinship-hardening-nonce' },
    h(
      'main',
      null,
      h(ReadyMarker),
      region(
        REGIONS.picker,
        h(ChildPicker, {
          identityId: SANDBOX_IDS.parentUser,
          candidates,
          linkedChildIds: [],
        }),
      ),
      region(REGIONS.formBirthDate, h(AddChildForm, { parentEmail: SANDBOX_EMAILS.adultWithoutChild })),
      region(REGIONS.formRole, h(AddChildForm, { ageInput: 'role', roles: PAGE_ROLES })),
      region(
        REGIONS.consentWithLink,
        h(ConsentHandoff, { consentUrl: PAGE_CONSENT_URL, childName: 'Lucía', onResend: () => undefined }),
      ),
      region(
        REGIONS.consentWithoutLink,
        h(ConsentHandoff, { consentUrl: null, parentEmail: SANDBOX_EMAILS.adultWithoutChild }),
      ),
      region(
        REGIONS.dialogs,
        h(AddChildDialog, {
          flow: 'account',
          parentEmail: SANDBOX_EMAILS.adultWithoutChild,
          ...(dialogOpen ? { defaultOpen: true } : {}),
        }),
        h(AddChildDialog, { flow: 'link', identityId: SANDBOX_IDS.parentWithChildren, candidates }),
      ),
      region(
        REGIONS.badges,
        h(IdentityStatusBadge, { status: 'ACTIVE' }),
        h(IdentityStatusBadge, { status: 'UNDER_REVIEW' }),
        h(IdentityStatusBadge, { consentStatus: 'pending' }),
      ),
    ),
  );
}

/** The page as both sides render it: the server with `renderToString`, the browser with `hydrateRoot`. */
export function hardeningTree(options: HardeningPageOptions): ReactElement {
  return h(StrictMode, null, h(HardeningPage, options));
}
