/** Thrown during render when neither the option nor a `KinshipProvider` gives a service config. */
export function missingConfigError(service: 'conomy' | 'privo', hook: string): Error {
  const example =
    service === 'conomy' ? "{ baseUrl: '/api/conomy', fetcher }" : "{ baseUrl: '/api/privo', fetcher }";
  return new Error(
    `${hook}: no ${service} config. Either wrap your app in <KinshipProvider ${service}={${example}}> or pass ${hook}({ ${service}: ${example} }).`,
  );
}
