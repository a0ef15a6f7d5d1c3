/**
 * Where each neuron and edge of a fully connected network goes, and which parameter it shows.
 * Pure: the same layer sizes and box always give the same picture.
 */
import { paramLayout } from '@/engine/param-layout';
import { paramName } from '@/engine/tutorial-names';

export interface NeuronLayout {
  /** `layer-index`, stable across frames: the React key and the tooltip id. */
  readonly id: string;
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** Index of this neuron's bias in the flat parameter array; -1 for inputs. */
  readonly biasIndex: number;
  /** The bias as the tutorial's code names it, e.g. `bias_hidden[0, 2]`; '' for inputs. */
  readonly biasName: string;
  /** Index among the hidden and output neurons, in layer order (the worker's map order); -1 for inputs. */
  readonly mapIndex: number;
}

export interface EdgeLayout {
  readonly id: string;
  readonly from: NeuronLayout;
  readonly to: NeuronLayout;
  /** Index of this weight in the flat parameter array (W1, b1, W2, b2, … row-major). */
  readonly weightIndex: number;
  /** The weight as the tutorial's code names it, e.g. `weights_input_hidden[0, 2]`. */
  readonly name: string;
  /** SVG path: a gentle S-curve between the two neurons. */
  readonly path: string;
}

/** A place in the input column for a feature the network does not use (drawn greyed). */
export interface UnusedInputLayout {
  readonly id: string;
  /** Its place among all the slots (used and unused), top to bottom. */
  readonly slot: number;
  readonly x: number;
  readonly y: number;
}

export interface GraphLayout {
  readonly neurons: readonly NeuronLayout[];
  readonly unusedInputs: readonly UnusedInputLayout[];
  readonly edges: readonly EdgeLayout[];
  readonly radius: number;
  /** Whether a label fits under each neuron without touching the next one. */
  readonly roomForLabels: boolean;
  /** Distance between the centres of neighbouring neurons in a layer. */
  readonly rowGap: number;
}

export interface Box {
  readonly width: number;
  readonly height: number;
}

/**
 * @param inputSlots which places of the input column hold an input of the network (true) or an
 *   unused feature (false), top to bottom: the inputs fill the true ones in order. Ignored (one
 *   place per input) unless it has as many true places as there are inputs.
 */
export function layoutGraph(
  layerSizes: readonly number[],
  box: Box,
  inputLabels: readonly string[] = [],
  inputSlots: readonly boolean[] = [],
): GraphLayout {
  const layers = layerSizes.length;
  // Mid-change (a feature turned on, the network not yet reshaped) the places do not fit: one each.
  const fits = inputSlots.filter(Boolean).length === layerSizes[0];
  const slots = fits ? inputSlots : Array<boolean>(layerSizes[0]!).fill(true);
  const usedSlots = slots.flatMap((used, slot) => (used ? [slot] : []));
  const tallest = Math.max(slots.length, ...layerSizes.slice(1));
  const radius = Math.max(10, Math.min(64, box.height / (tallest * 3.4), box.width / (layers * 5)));
  const marginX = radius * 2.2;
  const stepX = layers > 1 ? (box.width - 2 * marginX) / (layers - 1) : 0;
  const stepY = Math.min(radius * 3.2, (box.height - 2 * radius) / Math.max(1, tallest - 1));

  const layout = paramLayout(layerSizes);
  const byLayer: NeuronLayout[][] = [];
  let mapStart = 0;
  const topOf = (size: number) => box.height / 2 - ((size - 1) * stepY) / 2;
  for (let layer = 0; layer < layers; layer++) {
    const size = layerSizes[layer]!;
    const top = topOf(layer === 0 ? slots.length : size);
    const firstMap = mapStart;
    byLayer.push(
      Array.from({ length: size }, (_, index) => ({
        id: `${layer}-${index}`,
        layer,
        index,
        x: marginX + layer * stepX,
        y: top + (layer === 0 ? (usedSlots[index] ?? index) : index) * stepY,
        label:
          (layer === 0 ? inputLabels[index] : undefined) ?? neuronLabel(layer, index, layers, size),
        biasIndex: layer > 0 ? layout.biasIndex(layer, index) : -1,
        biasName: layer > 0 ? paramName(layerSizes, layout.biasIndex(layer, index)) : '',
        mapIndex: layer > 0 ? firstMap + index : -1,
      })),
    );
    if (layer > 0) mapStart += size;
  }

  const edges: EdgeLayout[] = [];
  for (let layer = 1; layer < layers; layer++) {
    const targets = byLayer[layer]!;
    for (const from of byLayer[layer - 1]!) {
      for (const to of targets) {
        const weightIndex = layout.weightIndex(layer, from.index, to.index);
        edges.push({
          id: `${from.id}:${to.id}`,
          from,
          to,
          weightIndex,
          name: paramName(layerSizes, weightIndex),
          path: curve(from.x + radius, from.y, to.x - radius, to.y),
        });
      }
    }
  }
  const tallestHidden = Math.max(0, ...layerSizes.slice(1));
  const roomForLabels = tallestHidden <= 1 || stepY >= 2 * radius + 16;
  const unusedInputs = slots.flatMap((used, slot) =>
    used ? [] : [{ id: `unused-${slot}`, slot, x: marginX, y: topOf(slots.length) + slot * stepY }],
  );
  return { neurons: byLayer.flat(), unusedInputs, edges, radius, roomForLabels, rowGap: stepY };
}

function neuronLabel(layer: number, index: number, layers: number, size: number): string {
  if (layer === 0) return `x${index + 1}`;
  if (layer === layers - 1) return size === 1 ? 'ŷ' : `ŷ${index + 1}`;
  return layers > 3 ? `h${layer}.${index + 1}` : `h${index + 1}`;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}
