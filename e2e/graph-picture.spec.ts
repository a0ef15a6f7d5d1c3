import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openApp, waitForState, watchErrors } from './helpers';

/**
 * [r, g, b] of one of the graph's canvases (edges and bias squares, or the neurons' maps above
 * them) at a point given in the SVG's coordinates.
 */
async function canvasColourAt(
  page: Page,
  layer: 'edges' | 'maps',
  x: number,
  y: number,
): Promise<number[]> {
  return page.locator(`canvas.graph-${layer}`).evaluate(
    (canvas: HTMLCanvasElement, [x, y]) => {
      const density = canvas.width / canvas.getBoundingClientRect().width;
      const pixel = canvas
        .getContext('2d')!
        .getImageData(Math.round(x! * density), Math.round(y! * density), 1, 1).data;
      return [pixel[0]!, pixel[1]!, pixel[2]!];
    },
    [x, y],
  );
}

/** The midpoint of an edge's S-curve (its path's point halfway along). */
async function edgeMiddle(page: Page, from: string, to: string): Promise<[number, number]> {
  return page
    .locator(`.edge[data-from="${from}"][data-to="${to}"] .edge-line`)
    .evaluate((path: SVGPathElement) => {
      const point = path.getPointAtLength(path.getTotalLength() / 2);
      return [point.x, point.y] as [number, number];
    });
}

test('the canvas paints each edge in its sign, and SVG/PNG exports carry the maps and the legend', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?speed=0&epochs=2000');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');

  // The trained XOR net has weights of both signs: the canvas shows each edge's sign colour
  // (blue for positive, orange for negative) halfway along it.
  const edges = await page
    .locator('.edge')
    .evaluateAll((all) =>
      all.map((e) => [
        e.getAttribute('data-from')!,
        e.getAttribute('data-to')!,
        e.getAttribute('data-sign')!,
      ]),
    );
  expect(new Set(edges.map(([, , sign]) => sign))).toEqual(new Set(['positive', 'negative']));
  for (const [from, to, sign] of edges) {
    const [r, , b] = await canvasColourAt(page, 'edges', ...(await edgeMiddle(page, from!, to!)));
    if (sign === 'positive') expect(b! - r!, `${from}→${to}`).toBeGreaterThan(60);
    else expect(r! - b!, `${from}→${to}`).toBeGreaterThan(60);
  }

  await page.locator('details.share-menu summary').click();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  // One map per hidden and output neuron (3 + 1), as PNG images cut from the canvas, besides
  // the images the graph's SVG holds itself.
  const ownImages = await page.locator('svg[aria-label="Network graph"] image').count();
  expect(svg.match(/<image [^>]*href="data:image\/png;base64,/g)).toHaveLength(4 + ownImages);
  for (const text of ['w &gt; 0', 'w &lt; 0', 'width = |w|']) expect(svg).toContain(text);
  expect(svg).toContain('stroke-opacity: 1');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const png = await readFile((await (await pngDownload).path())!);
  const graphBox = await page.locator('svg[aria-label="Network graph"]').boundingBox();
  // PNG width and height at 2×: the graph plus the legend's rows above it.
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(Math.round(graphBox!.width * 2));
  expect(height).toBeGreaterThan(Math.round(graphBox!.height * 2) + 80);
  // Each neuron's map in the PNG is the one on screen: the colour at the centre of each box.
  const legendRows = height / 2 - graphBox!.height;
  const centres = await page.locator('.neuron:not(.input)').evaluateAll((all) =>
    all.map((neuron) => {
      const { e, f } = (neuron as SVGGElement).transform.baseVal.consolidate()!.matrix;
      return [e, f];
    }),
  );
  expect(centres).toHaveLength(4);
  const pngColours = await page.evaluate(
    async ({ bytes, points }) => {
      const blob = new Blob([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))]);
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => [...context.getImageData(x!, y!, 1, 1).data.slice(0, 3)]);
    },
    {
      bytes: png.toString('base64'),
      points: centres.map(([x, y]) => [Math.round(2 * x!), Math.round(2 * (y! + legendRows))]),
    },
  );
  for (const [i, [x, y]] of centres.entries()) {
    const onScreen = await canvasColourAt(page, 'maps', x!, y!);
    pngColours[i]!.forEach((channel, c) =>
      expect(Math.abs(channel - onScreen[c]!)).toBeLessThan(12),
    );
  }
  expect(errors).toEqual([]);
});

test('presenter mode without the layer buttons: each map is painted inside its box', async ({
  page,
}) => {
  await openApp(page, '?present=1&hide=layers');
  const canvas = await page.locator('canvas.graph-maps').boundingBox();
  const svg = await page.locator('svg[aria-label="Network graph"]').boundingBox();
  expect(canvas).toEqual(svg);
  // Maps arrive with the worker's first paint: then the middle of every box is a map's pixel.
  const boxes = page.locator('.neuron:not(.input) .neuron-box');
  await expect(boxes).toHaveCount(4);
  for (const box of await boxes.all()) {
    const at = (await box.boundingBox())!;
    const [x, y] = [at.x + at.width / 2 - svg!.x, at.y + at.height / 2 - svg!.y];
    await expect
      .poll(async () => (await canvasColourAt(page, 'maps', x, y)).join())
      .not.toBe('0,0,0');
  }
});
