/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  // The generated Prisma client uses import.meta.url, so the server bundle must be ESM.
  serverModuleFormat: "esm",
  postcss: true,
  // Tailwind v4 runs through @tailwindcss/postcss; Remix's own hook is for v3.
  tailwind: false,
  watchPaths: ["./locales"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
