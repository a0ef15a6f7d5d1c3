/**
 * The graph's picture on two canvases: edges (colour = sign, width = size, dashes = negative)
 * and the bias squares' fill on one, each neuron's map on the other, above it. New maps (ten
 * times a second while training) repaint only the maps, a weight's new look only the edges:
 * the browser rasterises a canvas in software here, and re-stroking every edge for a new map
 * cost ~6 ms a time. The SVG above both keeps the outlines, labels and hit areas.
 */
import type { ActivationName } from '@/engine/types';
import type { Heatmaps } from '@/training/protocol';
import { paintValues, toColourAxis } from '@/shared/heatmap-colours';
import type { EdgeLayout, GraphLayout, NeuronLayout } from './graph-layout';
import type { EdgeLook } from './step-overlay';
import { weightColour, weightWidth } from './weight-style';

/** Side of a bias square, as the SVG outlines it. */
export const BIAS_SIZE = 9;
/** Dash pattern of negative values, shared with the SVG copy of each edge. */
export const NEGATIVE_DASH = [6, 3] as const;

export interface GraphPicture {
  readonly layout: GraphLayout;
  readonly params: ArrayLike<number> | null;
  readonly heatmaps: Heatmaps | null;
  /** Step mode's look of an edge (gradients), or null to draw it as its weight. */
  readonly edgeLook: ((edge: EdgeLayout) => EdgeLook | null) | null;
  /** Edges thicken with the neurons on a big screen. */
  readonly edgeScale: number;
  /** The activation whose range a neuron's map spans. */
  readonly activationOf: (neuron: NeuronLayout) => ActivationName;
}

/** Paths of a layout's edges, parsed once per layout. */
const edgePaths = new WeakMap<GraphLayout, Path2D[]>();

function pathsOf(layout: GraphLayout): Path2D[] {
  let paths = edgePaths.get(layout);
  if (!paths) {
    paths = layout.edges.map((edge) => new Path2D(edge.path));
    edgePaths.set(layout, paths);
  }
  return paths;
}

/** The two layers of the picture, each a canvas context scaled for devicePixelRatio. */
export interface GraphLayers {
  readonly edges: CanvasRenderingContext2D;
  readonly maps: CanvasRenderingContext2D;
}

export interface GraphPainter {
  /**
   * Clears and draws each layer of the picture in CSS pixels, unless it would look as the last
   * one drawn there; `force` after the canvases were resized or cleared.
   */
  paint(layers: GraphLayers, picture: GraphPicture, force: boolean): void;
}

/** How the edges and bias squares look: colours from a fixed palette, widths in steps. */
interface Looks {
  readonly colours: string[];
  readonly widths: number[];
  readonly dashed: boolean[];
}

/**
 * A painter that repaints only when something visible changed (weights move in colour and
 * width steps, so a deep net whose weights creep by 1e-9 is not redrawn every frame) and
 * keeps the maps' pixels until new maps arrive.
 */
export function createGraphPainter(): GraphPainter {
  const tiles = new MapTiles();
  let last: { looks: Looks; picture: GraphPicture } | null = null;
  let lastMaps: GraphPicture | null = null;
  const clear = (context: CanvasRenderingContext2D) =>
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  return {
    paint({ edges, maps }, picture, force) {
      const looks = looksOf(picture);
      if (force || !last || !looksSame(last, looks, picture)) {
        last = { looks, picture };
        clear(edges);
        paintEdges(edges, picture, looks);
        paintBiases(edges, picture, looks);
      }
      if (force || !lastMaps || !mapsSame(lastMaps, picture)) {
        lastMaps = picture;
        clear(maps);
        paintNeuronMaps(maps, picture, tiles);
      }
    },
  };
}

const valueAt = (params: ArrayLike<number> | null, index: number) =>
  params && index >= 0 ? (params[index] ?? 0) : 0;

/** Edges first (in layout order), then one entry per bias square. */
function looksOf(picture: GraphPicture): Looks {
  const { layout, params, edgeLook, edgeScale } = picture;
  const looks: Looks = { colours: [], widths: [], dashed: [] };
  for (const edge of layout.edges) {
    const weight = valueAt(params, edge.weightIndex);
    const look = edgeLook?.(edge) ?? null;
    looks.colours.push(look?.colour ?? weightColour(weight));
    looks.widths.push((look?.width ?? weightWidth(weight)) * edgeScale);
    looks.dashed.push(look ? look.negative : weight < 0);
  }
  for (const neuron of layout.neurons) {
    if (neuron.biasIndex >= 0) looks.colours.push(weightColour(valueAt(params, neuron.biasIndex)));
  }
  return looks;
}

function looksSame(
  last: { looks: Looks; picture: GraphPicture },
  looks: Looks,
  picture: GraphPicture,
): boolean {
  if (last.picture.layout !== picture.layout) return false;
  const same = <T>(a: readonly T[], b: readonly T[]) =>
    a.length === b.length && a.every((value, i) => value === b[i]);
  return (
    same(last.looks.colours, looks.colours) &&
    same(last.looks.widths, looks.widths) &&
    same(last.looks.dashed, looks.dashed)
  );
}

function mapsSame(before: GraphPicture, picture: GraphPicture): boolean {
  return (
    before.layout === picture.layout &&
    before.heatmaps === picture.heatmaps &&
    before.activationOf === picture.activationOf
  );
}

function paintEdges(context: CanvasRenderingContext2D, picture: GraphPicture, looks: Looks): void {
  const paths = pathsOf(picture.layout);
  // Edges that look alike are stroked together: a few dozen strokes instead of hundreds.
  const groups = new Map<
    string,
    { colour: string; width: number; dashed: boolean; path: Path2D }
  >();
  picture.layout.edges.forEach((_, i) => {
    const colour = looks.colours[i]!;
    const width = looks.widths[i]!;
    const dashed = looks.dashed[i]!;
    const key = `${colour}|${width}|${dashed}`;
    let group = groups.get(key);
    if (!group) {
      group = { colour, width, dashed, path: new Path2D() };
      groups.set(key, group);
    }
    group.path.addPath(paths[i]!);
  });
  for (const { colour, width, dashed, path } of groups.values()) {
    context.strokeStyle = colour;
    context.lineWidth = width;
    // Dashes keep flat ends, so round caps never fill their gaps.
    context.lineCap = dashed ? 'butt' : 'round';
    context.setLineDash(dashed ? NEGATIVE_DASH : []);
    context.stroke(path);
  }
  context.setLineDash([]);
}

function paintBiases(context: CanvasRenderingContext2D, picture: GraphPicture, looks: Looks): void {
  const { layout } = picture;
  const r = layout.radius;
  let at = layout.edges.length;
  for (const neuron of layout.neurons) {
    if (neuron.biasIndex < 0) continue;
    context.fillStyle = looks.colours[at++]!;
    context.fillRect(
      neuron.x - r - BIAS_SIZE / 2,
      neuron.y + r - BIAS_SIZE / 2,
      BIAS_SIZE,
      BIAS_SIZE,
    );
  }
}

/** The maps' pixels, one tile per neuron in a column, rebuilt only when new maps arrive. */
class MapTiles {
  private source: Float32Array | null = null;
  private key = '';
  private readonly canvas = document.createElement('canvas');

  for(picture: GraphPicture, mapped: readonly NeuronLayout[]): HTMLCanvasElement | null {
    const { heatmaps } = picture;
    if (!heatmaps || mapped.length === 0) return null;
    const resolution = heatmaps.neuronResolution;
    const key = `${resolution}:${mapped.map((n) => n.mapIndex + picture.activationOf(n)).join()}`;
    if (this.source === heatmaps.neurons && this.key === key) return this.canvas;
    const context = this.canvas.getContext('2d');
    if (!context) return null;
    const pixels = resolution * resolution;
    this.canvas.width = resolution;
    this.canvas.height = resolution * mapped.length;
    const image = context.createImageData(resolution, resolution * mapped.length);
    mapped.forEach((neuron, row) => {
      const out = image.data.subarray(row * pixels * 4, (row + 1) * pixels * 4);
      const toAxis = toColourAxis(picture.activationOf(neuron));
      paintValues(heatmaps.neurons, toAxis, false, out, neuron.mapIndex * pixels, pixels);
    });
    context.putImageData(image, 0, 0);
    this.source = heatmaps.neurons;
    this.key = key;
    return this.canvas;
  }
}

/** Neurons whose map the latest maps hold, in the order tilesFor stacks them. */
export function mappedNeurons(layout: GraphLayout, heatmaps: Heatmaps | null): NeuronLayout[] {
  if (!heatmaps) return [];
  const count = heatmaps.neurons.length / heatmaps.neuronResolution ** 2;
  return layout.neurons.filter((n) => n.mapIndex >= 0 && n.mapIndex < count);
}

function paintNeuronMaps(
  context: CanvasRenderingContext2D,
  picture: GraphPicture,
  tiles: MapTiles,
): void {
  const mapped = mappedNeurons(picture.layout, picture.heatmaps);
  const source = tiles.for(picture, mapped);
  if (!source) return;
  const resolution = picture.heatmaps?.neuronResolution ?? 1;
  const r = picture.layout.radius;
  const size = 2 * r - 2;
  context.imageSmoothingEnabled = true;
  mapped.forEach((neuron, row) => {
    const left = neuron.x - r + 1;
    const top = neuron.y - r + 1;
    context.save();
    context.beginPath();
    context.roundRect(left, top, size, size, 3);
    context.clip();
    context.drawImage(source, 0, row * resolution, resolution, resolution, left, top, size, size);
    context.restore();
  });
}
