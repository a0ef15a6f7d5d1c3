/**
 * The network graph as a standalone SVG file, and as a PNG drawn from it. On the page the
 * graph's colours come from CSS variables and stylesheets that a file does not carry, so each
 * element's computed presentation is written onto the copy, and a background is added.
 */

/** Presentation properties the graph's stylesheets set; everything a viewer needs to draw it. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Interactive attributes that mean nothing in a file. */
const DROPPED_ATTRIBUTES = ['tabindex', 'role', 'aria-label', 'class'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The graph element on the page, or null before it is drawn. */
export function findGraphSvg(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('svg[aria-label="Network graph"]');
}

/** A standalone SVG document of `svg` as shown now, with its colours written in. */
export function graphToSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    // Set through the CSSOM, not as an attribute string: allowed under a strict style-src.
    for (const property of STYLE_PROPERTIES) {
      target.style.setProperty(property, computed.getPropertyValue(property));
    }
    for (const name of DROPPED_ATTRIBUTES) target.removeAttribute(name);
  });
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', panelColour(svg));
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

function panelColour(element: Element): string {
  const panel = element.closest('.panel') ?? document.body;
  const colour = getComputedStyle(panel).backgroundColor;
  return colour === '' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}

/** The SVG text drawn onto a canvas at `scale`× and encoded as PNG. */
export async function svgTextToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
