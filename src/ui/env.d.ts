/** Set at build time from package.json (vite.config.ts). */
declare const __APP_VERSION__: string;
/** Set at build time from the environment (src/ui/statement/deployment.ts, docs/deployment.md). */
declare const __DEPLOYMENT__: import('./statement/deployment').Deployment;
