/** Where stories and browser tests find the sandbox proxy: same origin as the page, so no port to guess. */
export const SANDBOX_PROXY_PATH = '/__convene';
