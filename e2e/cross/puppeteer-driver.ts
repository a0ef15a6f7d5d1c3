/**
 * Chromium (Chrome DevTools Protocol) and Firefox ESR (WebDriver BiDi) through puppeteer-core.
 * One browser per engine; each session is a browser context of its own (own storage, caches and
 * service workers).
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../chromium-args';
import { ProbeDriver, type Engine, type Key, type OpenSession } from './driver';

/** The project's Chromium flags; puppeteer sets headless itself. Same text rendering everywhere. */
const PUPPETEER_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
  '--font-render-hinting=none',
];

class PuppeteerDriver extends ProbeDriver {
  private readonly reported: string[] = [];

  constructor(
    readonly engine: Engine,
    readonly version: string,
    private readonly page: Page,
    private readonly done: () => Promise<void>,
  ) {
    super();
    page.on('console', (message) => {
      if (message.type() === 'error') this.reported.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      this.reported.push(`page error: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  async go(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  protected async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  protected async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: Key): Promise<void> {
    await this.page.keyboard.press(key satisfies KeyInput);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  async viewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  protected nativeErrors(): string[] {
    return this.reported;
  }

  async close(): Promise<void> {
    await this.done();
  }
}

export interface PuppeteerEngine {
  readonly open: OpenSession;
  readonly version: string;
  close(): Promise<void>;
}

export async function launchPuppeteer(
  engine: 'chromium' | 'firefox',
  executablePath: string,
): Promise<PuppeteerEngine> {
  const browser: Browser =
    engine === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath, headless: true })
      : await puppeteer.launch({ executablePath, headless: true, args: PUPPETEER_CHROMIUM_ARGS });
  const raw = await browser.version();
  const version = engine === 'firefox' ? raw.replace(/^firefox\//i, 'Firefox ') : raw;
  return {
    version,
    async open() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      return new PuppeteerDriver(engine, version, page, () => context.close());
    },
    close: () => browser.close(),
  };
}
