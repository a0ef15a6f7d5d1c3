import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp-plugin.ts';

const headers = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');

/** The headers `_headers` sends for every path (`/*`). */
function everyPath(): Map<string, string> {
  const block = headers.split(/\n(?=\S)/).find((part) => part.startsWith('/*\n'));
  const out = new Map<string, string>();
  for (const line of (block ?? '').split('\n').slice(1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match) out.set(match[1]!, match[2]!);
  }
  return out;
}

describe('public/_headers', () => {
  it("sends the page's own CSP, plus frame-ancestors that a meta tag cannot set", () => {
    expect(everyPath().get('Content-Security-Policy')).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('sends the other recommended headers (docs/deployment.md)', () => {
    const sent = everyPath();
    expect(sent.get('X-Content-Type-Options')).toBe('nosniff');
    expect(sent.get('Referrer-Policy')).toBe('no-referrer');
    expect(sent.get('Permissions-Policy')).toMatch(/camera=\(\)/);
  });
});
