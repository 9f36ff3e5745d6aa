// Root layout: a Server Component. KinshipProvider comes straight from 'kinship-kit' (it is a
// client module of the package) with serialisable props only: the default fetcher is the browser's
// fetch, so `{ baseUrl }` is all each service needs. The nonce comes from proxy.ts.
import 'kinship-kit/styles.css';
import './globals.css';
import { KinshipProvider } from 'kinship-kit';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Acme Family' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en">
      <body>
        <KinshipProvider
          conomy={{ baseUrl: '/api/conomy' }}
          privo={{ baseUrl: '/api/privo' }}
          locale="en"
          nonce={nonce}
        >
          {children}
        </KinshipProvider>
      </body>
    </html>
  );
}
