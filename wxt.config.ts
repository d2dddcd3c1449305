import { defineConfig } from 'wxt';
import { OTHER_PORTAL_MATCHES, REQUIRED_HOSTS, REQUIRED_MATCHES } from './lib/portal/hosts';
import { BUNDLED_CATALOG_HEAD_PATH, BUNDLED_CATALOG_PATH, catalogHeadFile, ensureCatalogFile } from './scripts/catalog-file';

const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
  { find: /^react\/jsx(-dev)?-runtime$/, replacement: 'preact/jsx-runtime' },
];

// Manifest permissions are kept to what the code uses; tests/e2e/manifest.spec.ts
// checks the built manifest against an allow-list with a reason for each entry.
export default defineConfig({
  // One promise-based `browser` (webextension-polyfill) in every entry point, as the design names it.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The starter catalog is generated from ../shared/data at build time (never committed).
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(BUNDLED_CATALOG_PATH, BUNDLED_CATALOG_HEAD_PATH);
    },
    'build:publicAssets': async (_wxt, files) => {
      const catalog = await ensureCatalogFile();
      files.push({ absoluteSrc: catalog, relativeDest: BUNDLED_CATALOG_PATH }, { absoluteSrc: catalogHeadFile(catalog), relativeDest: BUNDLED_CATALOG_HEAD_PATH });
    },
    // The overlay is injected into portal tabs and renders a small tree: it is built on Preact's React
    // compatibility layer (≈10 KB gzip instead of react-dom's ≈64 KB). The extension pages keep React.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'overlay')) return;
      const aliases = Array.isArray(config.resolve?.alias) ? config.resolve.alias : Object.entries(config.resolve?.alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_ALIASES, ...aliases] };
    },
  },
  manifest: {
    name: 'Trợ lý Dịch vụ công',
    description: 'Hướng dẫn từng bước và kiểm tra hồ sơ trước khi nộp trên Cổng Dịch vụ công Quốc gia.',
    permissions: ['storage', 'sidePanel', 'scripting', 'alarms'],
    host_permissions: REQUIRED_HOSTS.map((h) => `https://${h}/*`),
    // Provincial and ministry portals: asked for one origin at a time, from the side panel (README, "Other portals").
    optional_host_permissions: OTHER_PORTAL_MATCHES,
    action: { default_title: 'Trợ lý Dịch vụ công' },
    // The hidden frame that hosts the file pre-check worker (entrypoints/precheck-frame); a per-session
    // dynamic URL so pages can neither probe for the extension nor guess where the frame lives.
    web_accessible_resources: [{ resources: ['precheck-frame.html'], matches: [...REQUIRED_MATCHES, ...OTHER_PORTAL_MATCHES], use_dynamic_url: true }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
