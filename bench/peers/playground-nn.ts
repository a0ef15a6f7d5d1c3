/**
 * A port of TensorFlow Playground's engine (tensorflow/playground src/nn.ts, Apache-2.0):
 * a graph of scalar Node and Link objects. Kept to its algorithm, including that an
 * activation's derivative recomputes f from the node's total input. Regularization is left
 * out (the workloads use none); Math.random is replaced by a seeded draw.
 */

/** A function and its derivative, both of the pre-activation input x. */
export interface ActivationFunction {
  output(x: number): number;
  der(x: number): number;
}

export const TANH: ActivationFunction = {
  output: (x) => Math.tanh(x),
  der: (x) => {
    const output = TANH.output(x);
    return 1 - output * output;
  },
};

export const SIGMOID: ActivationFunction = {
  output: (x) => 1 / (1 + Math.exp(-x)),
  der: (x) => {
    const output = SIGMOID.output(x);
    return output * (1 - output);
  },
};

/** Playground's Errors.SQUARE: E = ½(output − target)². */
export const SQUARE = {
  error: (output: number, target: number) => 0.5 * Math.pow(output - target, 2),
  der: (output: number, target: number) => output - target,
};

/** A neuron. */
export class Node {
  inputLinks: Link[] = [];
  bias = 0.1;
  outputs: Link[] = [];
  totalInput = 0;
  output = 0;
  /** dE/d(output). */
  outputDer = 0;
  /** dE/d(totalInput). */
  inputDer = 0;
  /** dE/d(totalInput) summed since the last update. */
  accInputDer = 0;
  numAccumulatedDers = 0;

  constructor(
    readonly id: string,
    readonly activation: ActivationFunction,
  ) {}

  updateOutput(): number {
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j]!;
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

/** A weighted edge source → dest. */
export class Link {
  readonly id: string;
  weight: number;
  isDead = false;
  /** dE/dw. */
  errorDer = 0;
  accErrorDer = 0;
  numAccumulatedDers = 0;

  constructor(
    readonly source: Node,
    readonly dest: Node,
    random: () => number,
  ) {
    this.id = source.id + '-' + dest.id;
    this.weight = random() - 0.5;
  }
}

/** Layers of nodes, fully connected; weights U(−0.5, 0.5), biases 0.1. */
export function buildNetwork(
  networkShape: readonly number[],
  activation: ActivationFunction,
  outputActivation: ActivationFunction,
  random: () => number,
): Node[][] {
  const network: Node[][] = [];
  let id = 1;
  for (let layerIdx = 0; layerIdx < networkShape.length; layerIdx++) {
    const isOutputLayer = layerIdx === networkShape.length - 1;
    const currentLayer: Node[] = [];
    network.push(currentLayer);
    for (let i = 0; i < networkShape[layerIdx]!; i++) {
      const node = new Node(String(id++), isOutputLayer ? outputActivation : activation);
      currentLayer.push(node);
      if (layerIdx >= 1) {
        for (const prevNode of network[layerIdx - 1]!) {
          const link = new Link(prevNode, node, random);
          prevNode.outputs.push(link);
          node.inputLinks.push(link);
        }
      }
    }
  }
  return network;
}

export function forwardProp(network: Node[][], inputs: readonly number[]): number {
  const inputLayer = network[0]!;
  for (let i = 0; i < inputLayer.length; i++) inputLayer[i]!.output = inputs[i]!;
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx]!;
    for (let i = 0; i < currentLayer.length; i++) currentLayer[i]!.updateOutput();
  }
  return network[network.length - 1]![0]!.output;
}

export function backProp(network: Node[][], target: number): void {
  const outputNode = network[network.length - 1]![0]!;
  outputNode.outputDer = SQUARE.der(outputNode.output, target);
  for (let layerIdx = network.length - 1; layerIdx >= 1; layerIdx--) {
    const currentLayer = network[layerIdx]!;
    for (const node of currentLayer) {
      node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      node.accInputDer += node.inputDer;
      node.numAccumulatedDers++;
    }
    for (const node of currentLayer) {
      for (const link of node.inputLinks) {
        if (link.isDead) continue;
        link.errorDer = node.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (layerIdx === 1) continue;
    for (const node of network[layerIdx - 1]!) {
      node.outputDer = 0;
      for (const output of node.outputs) node.outputDer += output.weight * output.dest.inputDer;
    }
  }
}

/** One SGD step with the accumulated derivatives, averaged over their count. */
export function updateWeights(network: Node[][], learningRate: number): void {
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    for (const node of network[layerIdx]!) {
      if (node.numAccumulatedDers > 0) {
        node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
      }
      for (const link of node.inputLinks) {
        if (link.isDead) continue;
        if (link.numAccumulatedDers > 0) {
          link.weight = link.weight - (learningRate / link.numAccumulatedDers) * link.accErrorDer;
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}
