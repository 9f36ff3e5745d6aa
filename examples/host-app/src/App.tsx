// The host app: a parent's family page. The kit talks only to this app's own backend
// (/api/conomy, /api/privo) with a plain fetch; the backend's proxies add the credentials.
// In your own app, import from 'kinship-kit' instead of the repository's sources.
import { useEffect, useMemo, useState } from 'react';
import {
  AddChildForm,
  ChildPicker,
  type ConomyConfig,
  createIdentitySearch,
  type Identity,
  KinshipProvider,
  type ServiceConfig,
} from '../../../src/index.js';
// The languages this page shows besides English (built in): each is its own entry point, so the
// page carries only these. In your app: `import { es } from 'kinship-kit/locales/es'`.
import { es } from '../../../src/locales/es.js';
import { ptBR } from '../../../src/locales/pt-BR.js';

const CATALOGUES = [es, ptBR];

/** The page's language: `?lang=es` (or `pt-BR`), else English. Dates and numbers follow it too. */
const locale = new URLSearchParams(window.location.search).get('lang') ?? 'en';

/** The signed-in parent, as the host's own `/api/me` tells it. */
interface Me {
  identityId: string;
  email: string;
  name: string;
}

const conomy: ConomyConfig = { baseUrl: '/api/conomy', fetcher: (input, init) => fetch(input, init) };
const privo: ServiceConfig = { baseUrl: '/api/privo', fetcher: (input, init) => fetch(input, init) };

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState(false);
  const [linkedChildIds, setLinkedChildIds] = useState<string[]>([]);

  useEffect(() => {
    fetch('/api/me')
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : Promise.reject(response.status)))
      .then(setMe, () => setFailed(true));
  }, []);

  // Server search through the proxy's GET /identities: an email, document number or phone typed
  // (Conomy has no name search); the picker debounces, aborts and loads the next page at the end.
  const loadCandidates = useMemo(() => createIdentitySearch(conomy, { filters: { status: 'ACTIVE' } }), []);

  if (failed) return <p role="alert">Could not sign you in. Reload the page.</p>;
  if (!me) return <p>Signing you in…</p>;

  return (
    <KinshipProvider conomy={conomy} privo={privo} locale={locale} catalogues={CATALOGUES}>
      <main className="acme-page">
        <h1>Acme Family</h1>
        <p>
          Signed in as <bdi>{me.name}</bdi>
        </p>
        <section className="acme-card" aria-labelledby="link-heading">
          <h2 id="link-heading">Link your children</h2>
          <ChildPicker
            identityId={me.identityId}
            loadCandidates={loadCandidates}
            linkedChildIds={linkedChildIds}
            onLinked={(identity: Identity) => setLinkedChildIds(identity.children.map((child) => child.id))}
          />
        </section>
        <section className="acme-card" aria-labelledby="account-heading">
          <h2 id="account-heading">Create a child account</h2>
          {/* PRIVO creates a child here only for a parent without children (a second one is its
              208). After Lucía's first child, the form says that further children are added from
              her own PRIVO account; pass `parentAccountUrl` (your PRIVO parent portal) to link it. */}
          <AddChildForm parentEmail={me.email} />
        </section>
      </main>
    </KinshipProvider>
  );
}
