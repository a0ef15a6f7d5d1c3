/**
 * WebKitGTK (Safari's engine) through WebKitWebDriver, with selenium-webdriver, driving
 * MiniBrowser under a virtual X display (xvfb-run): WebKitGTK has no headless mode.
 * MiniBrowser runs full-screen, which hides its toolbar, so the window is the viewport and can
 * be as narrow as a phone. WebKitWebDriver holds one session at a time; each session is a new
 * MiniBrowser with its own ephemeral storage.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { Builder, Key as SeleniumKey, Origin, WebDriver } from 'selenium-webdriver';
import { ProbeDriver, waitFor, type Key, type OpenSession } from './driver';

const KEYS: Record<Key, string> = {
  ArrowRight: SeleniumKey.ARROW_RIGHT,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
  Enter: SeleniumKey.ENTER,
  Escape: SeleniumKey.ESCAPE,
  Tab: SeleniumKey.TAB,
};

/** Longest a WebDriver command may take before the journey fails saying which one hung. */
const COMMAND_TIMEOUT = 30_000;

async function withTimeout<T>(command: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`WebKitWebDriver did not answer ${what} in ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([command, late]);
  } finally {
    clearTimeout(timer);
  }
}

const answered = <T>(what: string, command: Promise<T>) =>
  withTimeout(command, COMMAND_TIMEOUT, what);

class WebKitDriver extends ProbeDriver {
  readonly engine = 'webkit';

  constructor(
    readonly version: string,
    private readonly driver: WebDriver,
  ) {
    super();
  }

  async go(url: string): Promise<void> {
    await answered(`get ${url}`, this.driver.get(url));
  }

  url(): Promise<string> {
    return answered('getCurrentUrl', this.driver.getCurrentUrl());
  }

  evaluate<T>(expression: string): Promise<T> {
    // WebDriver awaits a returned promise, as puppeteer does.
    return answered(
      `executeScript ${expression.slice(0, 80)}`,
      this.driver.executeScript(`return (${expression});`),
    );
  }

  protected async clickAt(x: number, y: number): Promise<void> {
    // WebDriver's element click refuses SVG groups (the graph's edges) as "not interactable":
    // a pointer press and release at the point works for every element, as in the other engines.
    const click = this.driver
      .actions()
      .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
      .press()
      .release()
      .perform();
    await answered(`click at ${Math.round(x)}, ${Math.round(y)}`, click);
  }

  protected async type(text: string): Promise<void> {
    await answered('sendKeys', this.driver.actions().sendKeys(text).perform());
  }

  async press(key: Key): Promise<void> {
    await answered(`key ${key}`, this.driver.actions().sendKeys(KEYS[key]).perform());
  }

  async screenshot(path: string): Promise<void> {
    const png = await answered('takeScreenshot', this.driver.takeScreenshot());
    await writeFile(path, Buffer.from(png, 'base64'));
  }

  async viewport(width: number, height: number): Promise<void> {
    const window = this.driver.manage().window();
    const inner = () => this.evaluate<[number, number]>('[innerWidth, innerHeight]');
    const fits = ([w, h]: [number, number]) => w === width && h === height;
    // Full-screen MiniBrowser has no toolbar, so the window is the viewport; but the window
    // manager applies a new size later, and sometimes in steps: wait for it to settle, and
    // correct the request by what the page sees if a build adds chrome.
    let rect = { width, height };
    for (let attempt = 0; attempt < 4; attempt++) {
      await answered('setRect', window.setRect({ x: 0, y: 0, ...rect }));
      const seen = await waitFor('the window size', inner, fits, 2_000).catch(() => null);
      if (seen) return;
      const [w, h] = await inner();
      rect = { width: rect.width + width - w, height: rect.height + height - h };
    }
    await waitFor(`a ${width} × ${height} viewport`, inner, fits, 5_000);
  }

  protected nativeErrors(): string[] {
    // WebKitWebDriver has no log channel: the probe in the page is the only witness.
    return [];
  }

  async close(): Promise<void> {
    await answered('quit', this.driver.quit());
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface WebKitEngine {
  readonly open: OpenSession;
  readonly version: string;
  close(): Promise<void>;
}

/** WebKitWebDriver on a free port of its own, under a virtual display of its own. */
async function startWebDriver(paths: WebKitPaths): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const server = spawn(
    paths.xvfbRun,
    // -noreset: by default Xvfb resets when its last client leaves, and a MiniBrowser starting
    // during that reset cannot open the display, so WebKitWebDriver waits for it forever.
    ['-a', '-s', '-screen 0 1920x1200x24 -noreset', paths.webDriver, `--port=${port}`],
    { stdio: 'ignore', detached: true },
  );
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      try {
        // The process group: xvfb-run, Xvfb, WebKitWebDriver and the MiniBrowser it started.
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

export interface WebKitPaths {
  readonly webDriver: string;
  readonly miniBrowser: string;
  readonly xvfbRun: string;
}

/** How long a new session (a MiniBrowser starting) may take before the driver is restarted. */
const SESSION_TIMEOUT = 20_000;

export async function launchWebKit(paths: WebKitPaths): Promise<WebKitEngine> {
  let server = await startWebDriver(paths);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: paths.miniBrowser,
      args: ['--automation', '--full-screen'],
    },
  };
  let version = 'WebKitGTK';

  const session = async (): Promise<WebDriver> => {
    const deadline = Date.now() + SESSION_TIMEOUT;
    for (;;) {
      try {
        return await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
      } catch (error) {
        // The driver takes a moment to listen after xvfb-run starts it.
        const refused = error instanceof Error && /ECONNREFUSED|ECONNRESET/.test(error.message);
        if (!refused || Date.now() > deadline) throw error;
        await new Promise((wake) => setTimeout(wake, 100));
      }
    }
  };

  const open = async (): Promise<WebKitDriver> => {
    let driver: WebDriver;
    try {
      driver = await withTimeout(session(), SESSION_TIMEOUT, 'a new session');
    } catch (error) {
      // Should a MiniBrowser still never come up: start over with a new driver, once.
      console.error(
        `WebKitWebDriver: ${error instanceof Error ? error.message : error}; restarting it`,
      );
      server.stop();
      server = await startWebDriver(paths);
      driver = await withTimeout(session(), SESSION_TIMEOUT, 'a new session');
    }
    const browserVersion = (await driver.getCapabilities()).get('browserVersion') as string;
    version = `WebKitGTK ${browserVersion}`;
    const page = new WebKitDriver(version, driver);
    await page.viewport(1400, 900);
    return page;
  };

  try {
    // The first session proves the driver works, and tells the version.
    await (await open()).close();
  } catch (error) {
    server.stop();
    throw error;
  }
  return { open, version, close: async () => server.stop() };
}
