/**
 * Runs a built benchmark page in Chromium: serves `dist`, opens it, waits for the page to put its result in
 * window.__bench and returns it; a result with `error` throws.
 */
import { launch, serveStatic } from '../test/e2e/browser';

export async function runBenchPage<T extends object>(dist: string, timeoutMs = 120_000): Promise<T> {
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(
      () => (globalThis as unknown as { __bench?: unknown }).__bench !== undefined,
      undefined,
      { timeout: timeoutMs },
    );
    const r = (await page.evaluate(() => (globalThis as unknown as { __bench: unknown }).__bench)) as T & {
      error?: string;
    };
    if (r.error) throw new Error(`bench page ${dist} failed: ${r.error}`);
    return r;
  } finally {
    await browser.close();
    await server.close();
  }
}
