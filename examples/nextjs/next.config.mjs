// Next.js config of the example. The app sits inside the kit's repository: both roots point here so
// Next.js neither traces nor bundles the parent folder. No remote fonts or images: nothing here
// reaches the network (and `NEXT_TELEMETRY_DISABLED=1` turns telemetry off).
const here = import.meta.dirname;

/** @type {import('next').NextConfig} */
const config = {
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingRoot: here,
  turbopack: { root: here },
  images: { unoptimized: true },
};

export default config;
