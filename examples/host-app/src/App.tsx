// The host app: the "Family" page of Tucana's account settings (Tucana is a made-up partner: a
// family wallet). The page is the host's own: its header, side navigation, font and colours. The kit
// sits in the page's cards, takes the page's font, gets the brand colour from one token
// (`--kinship-accent` in app.css) and its light or dark theme from the page's theme switch.
// The kit talks only to this app's own backend (/api/conomy, /api/privo) with a plain fetch; the
// backend's proxies add the credentials. In your own app, import from 'kinship-kit' instead of the
// repository's sources.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  AddChildForm,
  ChildPicker,
  type ConomyConfig,
  createIdentitySearch,
  FamilyPanel,
  type FamilyPanelAccount,
  type Identity,
  KinshipProvider,
  type KinshipTheme,
  type ServiceConfig,
} from '../../../src/index.js';
// The languages this page shows besides English (built in): each is its own entry point, so the
// page carries only these. In your app: `import { es } from 'kinship-kit/locales/es'`.
import { es } from '../../../src/locales/es.js';
import { ptBR } from '../../../src/locales/pt-BR.js';

const CATALOGUES = [es, ptBR];

const search = new URLSearchParams(window.location.search);

/** The page's language: `?lang=es` (or `pt-BR`), else English. Dates and numbers follow it too. */
const locale = search.get('lang') ?? 'en';

const THEMES: ReadonlyArray<{ value: KinshipTheme; label: string }> = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Device' },
];

/** The page's theme at load: `?theme=dark` (or `light`, `system`), else light. */
function initialTheme(): KinshipTheme {
  const asked = search.get('theme');
  return THEMES.find((theme) => theme.value === asked)?.value ?? 'light';
}

/** The signed-in parent, as the host's own `/api/me` tells it. */
interface Me {
  identityId: string;
  email: string;
  name: string;
}

const conomy: ConomyConfig = { baseUrl: '/api/conomy', fetcher: (input, init) => fetch(input, init) };
const privo: ServiceConfig = { baseUrl: '/api/privo', fetcher: (input, init) => fetch(input, init) };

/**
 * How often the family panel asks for each child account's consent status. Short for the demo (the
 * change shows about a second after the sandbox's webhook); the kit's default is 5000 ms.
 */
const CONSENT_POLL_MS = 1000;

const SETTINGS_PAGES = ['Profile', 'Security', 'Notifications', 'Family', 'Payment methods', 'Privacy'];

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState(false);
  const [linkedChildIds, setLinkedChildIds] = useState<string[]>([]);
  const [theme, setTheme] = useState<KinshipTheme>(initialTheme);
  // The child accounts this parent created: the host's own records (its backend keeps them).
  const [accounts, setAccounts] = useState<FamilyPanelAccount[]>([]);
  // A link made in the "Link your children" card: the panel reads the family again.
  const [familyVersion, setFamilyVersion] = useState(0);

  useEffect(() => {
    fetch('/api/me')
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : Promise.reject(response.status)))
      .then(setMe, () => setFailed(true));
    fetch('/api/child-accounts')
      .then((response) => (response.ok ? (response.json() as Promise<FamilyPanelAccount[]>) : []))
      .then(setAccounts, () => undefined);
  }, []);

  /** Keeps a new child account: shown at once, and stored by the host's backend. */
  const addAccount = useCallback((account: FamilyPanelAccount) => {
    setAccounts((current) =>
      current.some((known) => known.serviceId === account.serviceId) ? current : [...current, account],
    );
    void fetch('/api/child-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
  }, []);

  // The host's own theme: its stylesheet reads data-theme on <html> (app.css). The kit gets the same
  // choice through KinshipProvider's `theme` prop below.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Server search through the proxy's GET /identities: an email, document number or phone typed
  // (Conomy has no name search); the picker debounces, aborts and loads the next page at the end.
  const loadCandidates = useMemo(() => createIdentitySearch(conomy, { filters: { status: 'ACTIVE' } }), []);

  return (
    <div className="tc-app">
      <header className="tc-header">
        <a className="tc-brand" href="/" aria-label="Tucana, home">
          <svg className="tc-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="15" />
            <path d="M9 19c3-7 11-9 15-6-4 0-7 2-8 6z" />
          </svg>
          <span>Tucana</span>
        </a>
        <div className="tc-header-end">
          <fieldset className="tc-theme">
            <legend className="tc-visually-hidden">Theme</legend>
            {THEMES.map((option) => (
              <label key={option.value} className="tc-theme-option">
                <input
                  type="radio"
                  name="theme"
                  value={option.value}
                  checked={theme === option.value}
                  onChange={() => setTheme(option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
          {me && (
            <span className="tc-account">
              <span className="tc-avatar" aria-hidden="true">
                {me.name.charAt(0)}
              </span>
              <bdi className="tc-account-name">{me.name}</bdi>
            </span>
          )}
        </div>
      </header>

      <div className="tc-shell">
        <nav className="tc-nav" aria-label="Settings">
          <p className="tc-nav-title">Settings</p>
          <ul>
            {SETTINGS_PAGES.map((page) => (
              <li key={page}>
                <a
                  href={page === 'Family' ? '/' : '#'}
                  aria-current={page === 'Family' ? 'page' : undefined}
                  className="tc-nav-link"
                >
                  {page}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <main className="tc-main">
          <h1>Family</h1>
          <p className="tc-lede">Link your children's accounts to yours, or create an account for a child.</p>

          {failed && <p role="alert">Could not sign you in. Reload the page.</p>}
          {!failed && !me && <p>Signing you in…</p>}
          {me && (
            <KinshipProvider
              conomy={conomy}
              privo={privo}
              locale={locale}
              catalogues={CATALOGUES}
              theme={theme}
            >
              {/* "Your family": the kit's FamilyPanel. The linked children come from Conomy (Lucía's
                  identity); the child accounts are the ones this host stored when each was created,
                  each with its consent status, which PRIVO's webhook updates on this server. */}
              <div className="tc-card" id="your-family">
                <FamilyPanel
                  key={familyVersion}
                  title="Your family"
                  identityId={me.identityId}
                  loadCandidates={loadCandidates}
                  onLinked={(identity) => setLinkedChildIds(identity.children.map((child) => child.id))}
                  onUnlinked={(identity) => setLinkedChildIds(identity.children.map((child) => child.id))}
                  accounts={accounts}
                  parentEmail={me.email}
                  onAccountCreated={addAccount}
                  consentPollIntervalMs={CONSENT_POLL_MS}
                />
              </div>

              {accounts.length > 0 && <SandboxControls accounts={accounts} />}

              <section className="tc-card" aria-labelledby="link-heading">
                <div className="tc-card-header">
                  <h2 id="link-heading">Link your children</h2>
                  <p className="tc-muted">
                    Find each child by the email, document or phone number of their account.
                  </p>
                </div>
                <ChildPicker
                  identityId={me.identityId}
                  loadCandidates={loadCandidates}
                  linkedChildIds={linkedChildIds}
                  onLinked={(identity: Identity) => {
                    setLinkedChildIds(identity.children.map((child) => child.id));
                    setFamilyVersion((version) => version + 1);
                  }}
                />
              </section>

              <section className="tc-card" aria-labelledby="account-heading">
                <div className="tc-card-header">
                  <h2 id="account-heading">Create a child account</h2>
                  <p className="tc-muted">For a child who has no account yet.</p>
                </div>
                {/* PRIVO creates a child here only for a parent without children (a second one is
                    its 208). After Lucía's first child, the form says that further children are
                    added from her own PRIVO account; pass `parentAccountUrl` (your PRIVO parent
                    portal) to link it. */}
                <AddChildForm
                  parentEmail={me.email}
                  onCreated={(result) => {
                    const serviceId = result.entity.serviceId ?? result.entity.id;
                    if (serviceId) {
                      addAccount({
                        serviceId,
                        firstName: result.entity.firstName ?? null,
                        parentEmail: me.email,
                      });
                    }
                  }}
                />
              </section>
            </KinshipProvider>
          )}
        </main>
      </div>
    </div>
  );
}

/**
 * Demo only, not part of the kit: plays the parent who answers PRIVO's consent email. The host's
 * backend relays it to the sandbox's control route; the sandbox posts PRIVO's webhook to
 * /api/privo-webhook, and the family panel shows the new status at its next poll.
 */
function SandboxControls({ accounts }: { accounts: readonly FamilyPanelAccount[] }) {
  const [sent, setSent] = useState<string>('');

  const answer = async (account: FamilyPanelAccount, status: 'approved' | 'denied') => {
    const name = account.firstName ?? 'the child';
    setSent('');
    const response = await fetch('/api/sandbox-controls/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: account.serviceId, status }),
    }).catch(() => undefined);
    setSent(
      response?.ok
        ? `Webhook delivered: the parent ${status === 'approved' ? 'approved' : 'denied'} ${name}'s account.`
        : 'The sandbox did not take it. Is it still running?',
    );
  };

  return (
    <section className="tc-card tc-sandbox" aria-labelledby="sandbox-heading">
      <div className="tc-card-header">
        <h2 id="sandbox-heading">Sandbox controls</h2>
        <p className="tc-muted">
          Demo only, not part of the kit. Plays the parent answering PRIVO's consent email: the sandbox
          changes the consent and posts PRIVO's webhook to this app's server.
        </p>
      </div>
      <ul className="tc-sandbox-list">
        {accounts.map((account) => {
          const name = account.firstName ?? 'Child account';
          return (
            <li key={account.serviceId}>
              <bdi className="tc-sandbox-name">{name}</bdi>
              <span className="tc-sandbox-actions">
                <button
                  type="button"
                  className="tc-button"
                  aria-label={`Approve ${name}'s account as the parent`}
                  onClick={() => void answer(account, 'approved')}
                >
                  Approve
                </button>
                <button
                  type="button"
                  className="tc-button"
                  aria-label={`Deny ${name}'s account as the parent`}
                  onClick={() => void answer(account, 'denied')}
                >
                  Deny
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="tc-muted" role="status">
        {sent}
      </p>
    </section>
  );
}
