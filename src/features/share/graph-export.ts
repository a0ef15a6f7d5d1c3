/**
 * The network graph as a standalone SVG file, and as a PNG drawn from it. On the page the
 * graph's colours come from CSS variables and stylesheets that a file does not carry, so each
 * element's computed presentation is written onto the copy, and a background is added. The
 * page paints edges, bias colours and neuron maps on a canvas under the SVG: the file shows the
 * SVG's own edges and bias squares instead, each neuron's map as an image cut from that canvas,
 * and the legend above the graph, as the screen does.
 */
import { legendToSvg, LEGEND_HEIGHT } from './graph-export-legend';

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

/** A standalone SVG document of `svg` as shown now, with its colours, maps and legend. */
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
    // On screen the canvas paints these; in the file the SVG's own copies do.
    if (original.classList.contains('edge-line')) target.style.setProperty('stroke-opacity', '1');
    if (original.classList.contains('bias')) target.style.setProperty('fill-opacity', '1');
    if (original.classList.contains('neuron-box')) addNeuronMap(svg, original, target);
    for (const name of DROPPED_ATTRIBUTES) target.removeAttribute(name);
  });
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const legend = svg.closest('.graph')?.querySelector('.graph-legend');
  const top = legend ? LEGEND_HEIGHT : 0;
  // The graph moves down under the legend, as on the page.
  const graph = document.createElementNS(SVG_NS, 'g');
  graph.setAttribute('transform', `translate(0,${top})`);
  graph.append(...copy.childNodes);
  copy.append(graph);
  copy.removeAttribute('viewBox');
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + top));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', panelColour(svg));
  copy.insertBefore(background, copy.firstChild);
  if (legend) copy.insertBefore(legendToSvg(legend), graph);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/**
 * The map the canvas shows inside a neuron's box, as an image before the box's outline: cut at
 * the canvas's full pixel density from the box's inside (1 px in from the outline).
 */
function addNeuronMap(svg: SVGSVGElement, box: Element, copiedBox: Element): void {
  const canvas = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas.graph-maps');
  if (!canvas || !(box instanceof SVGRectElement) || !(box.parentNode instanceof SVGGElement)) {
    return;
  }
  const at = box.parentNode.transform.baseVal.consolidate()?.matrix;
  const density = canvas.width / svg.width.baseVal.value;
  const left = (at?.e ?? 0) + box.x.baseVal.value + 1;
  const top = (at?.f ?? 0) + box.y.baseVal.value + 1;
  const size = box.width.baseVal.value - 2;
  const pixels = Math.round(size * density);
  if (!(pixels > 0)) return;
  const cut = document.createElement('canvas');
  cut.width = cut.height = pixels;
  const context = cut.getContext('2d');
  if (!context) return;
  const sx = Math.round(left * density);
  const sy = Math.round(top * density);
  context.drawImage(canvas, sx, sy, pixels, pixels, 0, 0, pixels, pixels);
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('x', String(box.x.baseVal.value + 1));
  image.setAttribute('y', String(box.y.baseVal.value + 1));
  image.setAttribute('width', String(size));
  image.setAttribute('height', String(size));
  image.setAttribute('href', cut.toDataURL('image/png'));
  copiedBox.before(image);
}

function panelColour(element: Element): string {
  const panel = element.closest('.panel') ?? document.body;
  const colour = getComputedStyle(panel).backgroundColor;
  return colour === '' || colour === 'rgba(0, 0, 0, 0)' ? '#ffffff' : colour;
}

/** The SVG text drawn onto a canvas at `scale`× its own width and height, encoded as PNG. */
export async function svgTextToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
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
