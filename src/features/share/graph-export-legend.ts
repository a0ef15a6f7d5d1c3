/** The graph's legend (its list on the page) redrawn as SVG for an exported picture. */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW_HEIGHT = 15;
/** Room above the graph for the legend's three rows. */
export const LEGEND_HEIGHT = 3 * ROW_HEIGHT + 6;

/** Each row of `legend`: its line samples as drawn on the page, then its text. */
export function legendToSvg(legend: Element): SVGGElement {
  const group = document.createElementNS(SVG_NS, 'g');
  const style = getComputedStyle(legend);
  [...legend.querySelectorAll('li')].forEach((row, i) => {
    const middle = 4 + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    let x = 4;
    for (const sample of row.querySelectorAll('svg')) {
      const width = sample.width.baseVal.value;
      const height = sample.height.baseVal.value;
      const copy = sample.cloneNode(true) as SVGSVGElement;
      copy.removeAttribute('aria-hidden');
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(middle - height / 2));
      group.append(copy);
      x += width + 4;
    }
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x));
    text.setAttribute('y', String(middle));
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('fill', style.color);
    text.setAttribute('font-family', style.fontFamily);
    text.setAttribute('font-size', style.fontSize);
    text.textContent = row.textContent?.trim() ?? '';
    group.append(text);
  });
  return group;
}
