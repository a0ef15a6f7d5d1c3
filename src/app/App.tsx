import { createContext, useContext, type ReactNode } from 'react';
import { AccuracyPanel } from '@/features/charts/AccuracyPanel';
import { Announcer } from '@/features/training/Announcer';
import { Controls } from '@/features/training/Controls';
import { DataPlot } from '@/features/data-plot/DataPlot';
import { DataSettings } from '@/features/data-plot/DataSettings';
import { DivergenceNotice } from '@/features/training/DivergenceNotice';
import { HeaderActions } from './HeaderActions';
import { LossChart } from '@/features/charts/LossChart';
import { GradientCheckToggle } from '@/features/graph/GradientCheckToggle';
import { NetworkGraph } from '@/features/graph/NetworkGraph';
import { NetworkSettings } from '@/features/training/NetworkSettings';
import { NoteCaption } from '@/features/lessons/NoteCaption';
import { Notices } from '@/shared/Notices';
import { usePageStages } from '@/shared/page-stages';
import { PredictionsTable } from '@/features/training/PredictionsTable';
import { PresenterMode } from '@/features/presenter/PresenterMode';
import { SeedSweep } from '@/features/sweep/SeedSweep';
import { StatusBar } from '@/features/training/StatusBar';
import { StepModePanels } from '@/features/step-mode/StepModePanels';
import { StepThroughButton } from '@/features/step-mode/StepThroughButton';
import { ExportPythonButton } from '@/features/python-export/ExportPythonButton';
import { Timeline } from '@/features/time-travel/Timeline';
import { useStep } from '@/state/hooks';

/** The last of the stages below. */
const LAST_STAGE = 7;

const StageContext = createContext(LAST_STAGE);

/** Its children once the page has reached `stage` (page-stages.ts). */
function Later({ stage, children }: { stage: number; children: ReactNode }) {
  return useContext(StageContext) >= stage ? children : null;
}

/**
 * The page mounts in the order it is seen in every layout (one column on a phone: graph, map,
 * loss, controls, the rest; three columns wider), each part below or beside the ones before.
 */
export function App() {
  // Step mode switches to the projector layout: graph, phase panel and code side by side.
  const stepping = useStep((s) => s.active);
  const stage = usePageStages(LAST_STAGE);
  return (
    <StageContext value={stage}>
      <div className="app">
        <header className="app-header">
          <HeaderActions />
          <PresenterMode />
          <h1>Backprop Studio</h1>
          <p className="subtitle">Watch a neural network learn, one gradient step at a time.</p>
        </header>
        <Notices />
        <NoteCaption />
        <Announcer />
        <main className={stepping ? 'layout step-layout' : 'layout'}>
          <div className="column controls-column">
            <Later stage={5}>
              <Controls stepThrough={<StepThroughButton />} />
            </Later>
            <Later stage={6}>
              <DataSettings />
            </Later>
          </div>
          <div className="column centre-column">
            <div className="stage">
              <Later stage={1}>
                <section className="panel graph-panel" aria-labelledby="graph-title">
                  <header className="panel-header">
                    <h2 id="graph-title">Network</h2>
                    <StatusBar />
                    <GradientCheckToggle />
                  </header>
                  <DivergenceNotice />
                  <NetworkGraph />
                  <Later stage={2}>
                    <NetworkSettings />
                  </Later>
                </section>
              </Later>
              <Later stage={2}>
                <StepModePanels codeActions={<ExportPythonButton />} />
              </Later>
            </div>
            <div className="centre-rest">
              <Later stage={4}>
                <LossChart timeline={<Timeline />} />
              </Later>
              <Later stage={6}>
                <SeedSweep />
              </Later>
            </div>
          </div>
          <div className="column output-column">
            <Later stage={3}>
              <DataPlot />
            </Later>
            <Later stage={7}>
              <AccuracyPanel />
              <PredictionsTable />
            </Later>
          </div>
        </main>
      </div>
    </StageContext>
  );
}
