import { useStep } from '@/state/hooks';
import { Suspense, type ReactNode } from 'react';
import { lazyView } from '@/shared/lazy-view';
// Eager: the graph's step overlay uses these styles too, and lazy chunks then carry no CSS.
import './StepMode.css';

// Step mode's panels (and the tutorial's code they show) load the first time a learner steps
// through: most visits never do, and the first load stays smaller.
const StepPanel = lazyView(() => import('./StepPanel').then((m) => m.StepPanel));
const CodePanel = lazyView(() => import('./CodePanel').then((m) => m.CodePanel));

/**
 * The step-mode controls and the tutorial's code, while step mode is on. `codeActions` go in
 * the code panel's header (the app passes the Python export).
 */
export function StepModePanels({ codeActions }: { codeActions?: ReactNode }) {
  const active = useStep((s) => s.active);
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <StepPanel />
      <CodePanel actions={codeActions} />
    </Suspense>
  );
}
