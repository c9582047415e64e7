/** Set at build time from package.json (vite.config.ts). */
declare const __APP_VERSION__: string;
