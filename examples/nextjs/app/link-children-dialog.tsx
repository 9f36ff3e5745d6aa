'use client';
// The partner's own small client module: the props that are functions (`loadCandidates`,
// `onLinked`) cannot come from a Server Component, so they are made here. page.tsx renders it.
import { AddChildDialog, createIdentitySearch } from 'kinship-kit';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';

export function LinkChildrenDialog({ identityId }: { identityId: string }) {
  const router = useRouter();
  // Server search through /api/conomy, debounced by the picker; active identities only.
  const loadCandidates = useMemo(
    () => createIdentitySearch({ baseUrl: '/api/conomy' }, { filters: { status: 'ACTIVE' } }),
    [],
  );
  return (
    <AddChildDialog
      flow="link"
      identityId={identityId}
      loadCandidates={loadCandidates}
      // Re-render the Server Components (the page's picker) with the new links.
      onLinked={() => router.refresh()}
    />
  );
}
