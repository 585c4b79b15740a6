import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, installed by .ci/run; `npx playwright install` cannot download browsers here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile, so no cache or storage leaks between runs. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'tollgate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong while a page loaded and ran, as the reader's browser saw it. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
  dialogs: string[];
  /** Bytes of JavaScript the browser fetched, by URL. */
  scripts: Map<string, number>;
}

/** The collected problems as lines, for a readable assertion message. */
export const listProblems = (p: PageProblems) => [
  ...p.consoleErrors.map((m) => `console error: ${m}`),
  ...p.failedRequests.map((m) => `request failed: ${m}`),
  ...p.cspViolations.map((m) => `CSP violation: ${m}`),
  ...p.dialogs.map((m) => `dialog opened: ${m}`),
];

/**
 * Opens a new tab that records console errors, uncaught exceptions, failed or
 * 4xx/5xx requests, Content-Security-Policy violations and dialogs (an
 * `alert()` means injected script ran; dialogs are dismissed so tests go on).
 */
export async function openTab(browser: Browser): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], cspViolations: [], dialogs: [], scripts: new Map() };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // Chromium fetches the icon after the page has loaded and drops it when the page is left: no
    // fault of the page. A missing icon still shows, as an HTTP 404 below.
    if (reason === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
    problems.failedRequests.push(`${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    if (response.request().resourceType() === 'script') {
      response.body().then((body) => problems.scripts.set(response.url(), body.length), () => undefined);
    }
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  // The page reports violations itself: an event listener added before any of its scripts run.
  await page.exposeFunction('__tollgateCspViolation', (line: string) => problems.cspViolations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __tollgateCspViolation(line: string): void }).__tollgateCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, problems };
}

/**
 * Loads a URL and waits until the page and the code it loads on demand have
 * settled (`networkidle`), or only until `load` where on-demand code is not the point.
 */
export async function visit(page: Page, url: string, waitUntil: 'networkidle' | 'load' = 'networkidle'): Promise<void> {
  const response = await page.goto(url, { waitUntil });
  if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status()}`);
}

/**
 * Starts one Chromium for the calling test file and closes it after its
 * tests; call at the top level of the file and pass `browser()` to `openTab`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
