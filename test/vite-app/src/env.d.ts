/// <reference types="vite/client" />

// What test/vite/run.mjs passes at build time, as a site passes its own proxy URL and ids.
interface ImportMetaEnv {
  readonly VITE_CONVENE_PROXY_URL: string;
  readonly VITE_CONVENE_EVENT_TYPE: string;
  readonly VITE_CONVENE_POLL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
