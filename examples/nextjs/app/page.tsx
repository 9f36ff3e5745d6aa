// The parent's family page: a Server Component rendering the kit's components with no wrapper of
// its own. The candidates for the picker are loaded here, on the server, with the kit's core
// `searchIdentities` (imported from 'kinship-kit' too: core functions stay server code) through
// the same Conomy proxy the browser uses, so the parent's `authorize` applies.
import { AddChildDialog, AddChildForm, ChildPicker, type Identity, searchIdentities } from 'kinship-kit';
import { cookies } from 'next/headers';
import { conomyProxy } from '../lib/kinship';
import { type Parent, parentOfSession, SESSION_COOKIE } from '../lib/session';
import { LinkChildrenDialog } from './link-children-dialog';

async function linkableIdentities(parent: Parent, session: string): Promise<Identity[]> {
  const page = await searchIdentities(
    {
      baseUrl: '/api/conomy',
      // In-process call of the proxy with the parent's session cookie (no HTTP round trip).
      fetcher: (input, init) => {
        const headers = new Headers(init.headers);
        headers.set('cookie', `${SESSION_COOKIE}=${session}`);
        return conomyProxy()(new Request(new URL(input, 'http://127.0.0.1'), { ...init, headers }));
      },
    },
    // One page of up to 100 (the sandbox's largest page, like Conomy's).
    { status: 'ACTIVE', limit: 100 },
  );
  return page.data.filter((identity) => identity.id !== parent.identityId);
}

export default async function FamilyPage() {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  const parent = await parentOfSession(session);
  if (!parent || !session) return <p role="alert">Could not sign you in. Reload the page.</p>;
  const candidates = await linkableIdentities(parent, session);

  return (
    <main className="acme-page">
      <h1>Acme Family</h1>
      <p>
        Signed in as <bdi>{parent.name}</bdi>
      </p>
      <section className="acme-card" aria-labelledby="link-heading">
        <h2 id="link-heading">Link your children</h2>
        <ChildPicker identityId={parent.identityId} candidates={candidates} />
      </section>
      <section className="acme-card" aria-labelledby="account-heading">
        <h2 id="account-heading">Create a child account</h2>
        <AddChildForm parentEmail={parent.email} />
      </section>
      <section className="acme-card" aria-labelledby="dialog-heading">
        <h2 id="dialog-heading">Or in a dialog</h2>
        <AddChildDialog flow="account" parentEmail={parent.email} />
      </section>
      <section className="acme-card" aria-labelledby="link-dialog-heading">
        <h2 id="link-dialog-heading">Link in a dialog</h2>
        <LinkChildrenDialog identityId={parent.identityId} />
      </section>
    </main>
  );
}
