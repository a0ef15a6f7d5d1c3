import { useStores, useTraining, useView } from '@/state/hooks';
import { Suspense, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { FEATURE_LABELS } from '@/state/options';
import { layoutGraph, type EdgeLayout, type NeuronLayout } from './graph-layout';
import { weightColour, weightWidth } from './weight-style';
import { GraphFooter } from './GraphFooter';
import { GraphKeys } from './GraphKeys';
import { LayerControls } from './LayerControls';
import { GraphCanvas } from './GraphCanvas';
import { BIAS_SIZE, NEGATIVE_DASH } from './graph-paint';
import type { EditTarget } from './ParamEditor';
import { lazyView } from '@/shared/lazy-view';
import { useElementSize } from '@/shared/use-element-size';
import { InputMap, UnusedInputs, useInputColumn } from './FeatureInputs';
import { Readout, type Shown } from './GraphReadout';
import { StepNeuronValues, stepValuesSide } from './StepNeuronValues';
import { useStepOverlay } from './step-overlay';
import { useGraphMoment } from './use-graph-moment';
import './NetworkGraph.css';

interface Inspected {
  readonly kind: 'edge' | 'neuron';
  readonly id: string;
  /** Reached with Tab: the picture draws a focus ring on it. */
  readonly byKeyboard?: boolean;
  /** Tapped on a touch screen: the readout stays until the next tap; a second tap edits. */
  readonly tapped?: boolean;
}

/** Height of the strip above the graph that holds each layer's + / − buttons. */
const CONTROLS_HEIGHT = 40;
/**
 * While training, the SVG (exact values in attributes, hover outlines, readouts) follows four
 * times a second; the canvas under it paints every frame.
 */
const VALUE_ATTRIBUTES_MS = 250;

// Step mode only (hovering an edge there) and the weight editor: loaded on first use.
const ChainRuleReadout = lazyView(() =>
  import('./ChainRuleReadout').then((m) => m.ChainRuleReadout),
);
const ParamEditor = lazyView(() => import('./ParamEditor').then((m) => m.ParamEditor));

/** The network as neurons in layers; edges coloured by sign and sized by weight. */
export function NetworkGraph() {
  // The scrubbed moment while time travelling, else the live snapshot.
  const snapshot = useGraphMoment(VALUE_ATTRIBUTES_MS);
  const { dataset, features, column, slots, toggle } = useInputColumn();
  const { view } = useStores();
  const training = useTraining((s) => s.snapshot?.running ?? false);
  // Step mode draws gradients and values over the weights.
  const step = useStepOverlay();
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 600, height: 360 });
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const checkGradients = useView((s) => s.checkGradients);
  const box = { width: size.width, height: Math.max(160, size.height - CONTROLS_HEIGHT) };
  const sizesKey = snapshot?.layerSizes.join(',') ?? '';
  const labelsKey = features.map((f) => FEATURE_LABELS[f]).join('|');
  const slotsKey = slots.join();
  const inputLabels = useMemo(() => column.map((f) => FEATURE_LABELS[f]), [column]);
  const layout = useMemo(
    () =>
      layoutGraph(
        sizesKey ? sizesKey.split(',').map(Number) : [2, 1],
        { width: box.width, height: box.height },
        labelsKey.split('|'),
        slotsKey.split(',').map((used) => used === 'true'),
      ),
    [sizesKey, labelsKey, slotsKey, box.width, box.height],
  );
  const params = snapshot?.params;
  // Exact values for tools and tests, rendered with the epoch they belong to.
  const exact = (index: number) => (index >= 0 ? params?.[index] : undefined);
  const value = (index: number) => (params && index >= 0 ? (params[index] ?? 0) : 0);
  const shown = findShown(inspected, layout.edges, layout.neurons);
  // Edges thicken with the neurons on a big screen, so a projected graph keeps its contrast.
  const edgeScale = Math.max(1, layout.radius / 26);

  const inspectNeuron = (neuron: NeuronLayout | null, tapped = false) => {
    setInspected(neuron ? { kind: 'neuron', id: neuron.id, tapped } : null);
    const mapped = neuron && neuron.mapIndex >= 0 ? neuron : null;
    view.getState().set({
      focusedNeuron: mapped
        ? {
            index: mapped.mapIndex,
            label: mapped.label,
            isOutput: mapped.layer === layout.neurons.at(-1)?.layer,
          }
        : null,
    });
  };
  const edit = (index: number, label: string, x: number, y: number) =>
    setEditing({ index, label, x, y: y + CONTROLS_HEIGHT, value: value(index) });
  const editEdge = (edge: EdgeLayout) =>
    edit(
      edge.weightIndex,
      `Weight ${edge.from.label} to ${edge.to.label} (${edge.name})`,
      (edge.from.x + edge.to.x) / 2,
      (edge.from.y + edge.to.y) / 2,
    );
  // A bias opens its editor; an input turns its feature off (live: the other weights stay).
  const editBias = (neuron: NeuronLayout) => {
    if (neuron.biasIndex >= 0) {
      edit(neuron.biasIndex, `Bias of ${neuron.label} (${neuron.biasName})`, neuron.x, neuron.y);
    } else if (features[neuron.index]) toggle(features[neuron.index]!);
  };
  const keyboardFocus = inspected?.byKeyboard ? inspected.id : null;
  // Touch has no hover: the first tap inspects, a second tap on the same element edits.
  const touching = useRef(false);
  const notePointer = (event: PointerEvent) => {
    touching.current = event.pointerType === 'touch';
  };
  const firstTap = (kind: Inspected['kind'], id: string) => {
    if (!touching.current || (inspected?.id === id && inspected.tapped)) return false;
    setInspected({ kind, id, tapped: true });
    return true;
  };
  const leave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') setInspected(null);
  };

  // GraphKeys is memoised on the layout: hand it stable callbacks that call this render's code.
  const addInput = (slot: number) => column[slot] && toggle(column[slot]);
  const latest = useRef({ editEdge, editBias, inspectNeuron, setInspected, addInput });
  // After every render on purpose: the handlers must see this render's layout and values.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    latest.current = { editEdge, editBias, inspectNeuron, setInspected, addInput };
  });
  const graphKeyHandlers = useMemo(
    () => ({
      onFocusEdge: (edge: EdgeLayout | null) =>
        latest.current.setInspected(edge ? { kind: 'edge', id: edge.id, byKeyboard: true } : null),
      onFocusNeuron: (neuron: NeuronLayout | null) => {
        latest.current.inspectNeuron(neuron);
        if (neuron) {
          latest.current.setInspected({ kind: 'neuron', id: neuron.id, byKeyboard: true });
        }
      },
      onEditEdge: (edge: EdgeLayout) => latest.current.editEdge(edge),
      onEditBias: (neuron: NeuronLayout) => latest.current.editBias(neuron),
      onAddInput: (slot: number) => latest.current.addInput(slot),
    }),
    [],
  );

  return (
    <div className="graph" ref={containerRef} data-training={training || undefined}>
      <LayerControls layout={layout} height={CONTROLS_HEIGHT} />
      {/*
        A picture only: keyboard and screen-reader access go through GraphKeys' buttons, which
        light up the edge or neuron they stand for, so the picture holds nothing interactive.
      */}
      <div className="graph-picture">
        <GraphCanvas
          layout={layout}
          sizesKey={sizesKey}
          edgeLook={step ? step.edge : null}
          edgeScale={edgeScale}
          width={box.width}
          height={box.height}
        />
        <svg
          role="img"
          aria-label="Network graph"
          width={box.width}
          height={box.height}
          viewBox={`0 0 ${box.width} ${box.height}`}
          data-values-epoch={snapshot?.epoch}
        >
          <g className="edges">
            {layout.edges.map((edge) => {
              const weight = value(edge.weightIndex);
              const look = step?.edge(edge) ?? null;
              return (
                <g
                  key={edge.id}
                  className="edge"
                  data-from={edge.from.id}
                  data-to={edge.to.id}
                  data-sign={weight < 0 ? 'negative' : 'positive'}
                  data-weight={exact(edge.weightIndex)}
                  data-gradient={look?.gradient}
                  data-focused={keyboardFocus === edge.id || undefined}
                  onPointerEnter={(event) =>
                    event.pointerType !== 'touch' && setInspected({ kind: 'edge', id: edge.id })
                  }
                  onPointerLeave={leave}
                  onPointerDown={notePointer}
                  onClick={() => firstTap('edge', edge.id) || editEdge(edge)}
                >
                  <path className="edge-hit" d={edge.path} />
                  <path
                    className="edge-line"
                    d={edge.path}
                    stroke={look?.colour ?? weightColour(weight)}
                    strokeWidth={(look?.width ?? weightWidth(weight)) * edgeScale}
                    strokeDasharray={
                      (look ? look.negative : weight < 0) ? NEGATIVE_DASH.join(' ') : undefined
                    }
                  />
                </g>
              );
            })}
          </g>
          <g className="neurons">
            {layout.neurons.map((neuron) => {
              const bias = value(neuron.biasIndex);
              const isInput = neuron.biasIndex < 0;
              const r = layout.radius;
              return (
                <g
                  key={neuron.id}
                  className={isInput ? 'neuron input' : 'neuron'}
                  data-feature={isInput ? features[neuron.index] : undefined}
                  data-layer={neuron.layer}
                  data-index={neuron.index}
                  data-bias={exact(neuron.biasIndex)}
                  transform={`translate(${neuron.x},${neuron.y})`}
                  data-focused={keyboardFocus === neuron.id || undefined}
                  onPointerEnter={(event) => event.pointerType !== 'touch' && inspectNeuron(neuron)}
                  onPointerLeave={(event) => event.pointerType !== 'touch' && inspectNeuron(null)}
                  onPointerDown={notePointer}
                  onClick={() => {
                    if (!touching.current || !firstTap('neuron', neuron.id)) editBias(neuron);
                    else inspectNeuron(neuron, true);
                  }}
                >
                  {isInput && features[neuron.index] && (
                    <InputMap feature={features[neuron.index]!} dataset={dataset} r={r} />
                  )}
                  {isInput ? (
                    <circle r={r} />
                  ) : (
                    <rect
                      className="neuron-box"
                      x={-r}
                      y={-r}
                      width={2 * r}
                      height={2 * r}
                      rx={4}
                    />
                  )}
                  {!isInput && (
                    <rect
                      className="bias"
                      x={-r - BIAS_SIZE / 2}
                      y={r - BIAS_SIZE / 2}
                      width={BIAS_SIZE}
                      height={BIAS_SIZE}
                      fill={weightColour(bias)}
                    />
                  )}
                  {(isInput || layout.roomForLabels) && (
                    <text
                      y={isInput ? 0 : r}
                      dy={isInput ? '0.35em' : '1.1em'}
                      className={neuron.label.length > 3 ? 'long-label' : undefined}
                    >
                      {neuron.label}
                    </text>
                  )}
                  {step && (
                    <StepNeuronValues
                      values={step.neuronValues(neuron)}
                      name={step.neuronName(neuron)}
                      radius={r}
                      kind={step.phase === 'backward' ? 'delta' : 'activation'}
                      side={stepValuesSide(step.trace.layerSizes, neuron.layer)}
                      room={step.trace.layerSizes[neuron.layer] === 1 ? Infinity : layout.rowGap}
                    />
                  )}
                </g>
              );
            })}
          </g>
          <UnusedInputs layout={layout} column={column} dataset={dataset} onToggle={toggle} />
        </svg>
      </div>
      <GraphKeys layout={layout} {...graphKeyHandlers} inputLabels={inputLabels} />
      <GraphFooter phase={step?.phase} />
      {shown && !editing && step && shown.kind === 'edge' && (
        <Suspense fallback={null}>
          <ChainRuleReadout
            trace={step.trace}
            edge={shown.edge}
            width={size.width}
            height={box.height}
            top={CONTROLS_HEIGHT}
            check={checkGradients}
          />
        </Suspense>
      )}
      {shown && !editing && !(step && shown.kind === 'edge') && (
        <Readout
          target={shown}
          value={value(shown.kind === 'edge' ? shown.edge.weightIndex : shown.neuron.biasIndex)}
          width={size.width}
          top={CONTROLS_HEIGHT}
        />
      )}
      {editing && (
        <Suspense fallback={null}>
          <ParamEditor target={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </div>
  );
}

function findShown(
  inspected: Inspected | null,
  edges: readonly EdgeLayout[],
  neurons: readonly NeuronLayout[],
): Shown | null {
  if (inspected?.kind === 'edge') {
    const edge = edges.find((e) => e.id === inspected.id);
    return edge ? { kind: 'edge', edge } : null;
  }
  if (inspected?.kind === 'neuron') {
    const neuron = neurons.find((n) => n.id === inspected.id);
    return neuron ? { kind: 'neuron', neuron } : null;
  }
  return null;
}
