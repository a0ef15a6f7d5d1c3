import { AccuracyPanel } from '@/features/charts/AccuracyPanel';
import { Announcer } from '@/features/training/Announcer';
import { Controls } from '@/features/training/Controls';
import { DataPlot } from '@/features/data-plot/DataPlot';
import { DataSettings } from '@/features/data-plot/DataSettings';
import { DivergenceNotice } from '@/features/training/DivergenceNotice';
import { HeaderActions } from './HeaderActions';
import { LossChart } from '@/features/charts/LossChart';
import { NetworkGraph } from '@/features/graph/NetworkGraph';
import { NetworkSettings } from '@/features/training/NetworkSettings';
import { NoteCaption } from '@/features/lessons/NoteCaption';
import { Notices } from '@/shared/Notices';
import { PredictionsTable } from '@/features/training/PredictionsTable';
import { PresenterMode } from '@/features/presenter/PresenterMode';
import { SeedSweep } from '@/features/sweep/SeedSweep';
import { StatusBar } from '@/features/training/StatusBar';
import { StepModePanels } from '@/features/step-mode/StepModePanels';
import { StepThroughButton } from '@/features/step-mode/StepThroughButton';
import { ExportPythonButton } from '@/features/python-export/ExportPythonButton';
import { Timeline } from '@/features/time-travel/Timeline';
import { useStep } from '@/state/hooks';

export function App() {
  // Step mode switches to the projector layout: graph, phase panel and code side by side.
  const stepping = useStep((s) => s.active);
  return (
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
          <Controls stepThrough={<StepThroughButton />} />
          <DataSettings />
        </div>
        <div className="column centre-column">
          <div className="stage">
            <section className="panel graph-panel" aria-labelledby="graph-title">
              <header className="panel-header">
                <h2 id="graph-title">Network</h2>
                <StatusBar />
              </header>
              <DivergenceNotice />
              <NetworkGraph />
              <NetworkSettings />
            </section>
            <StepModePanels codeActions={<ExportPythonButton />} />
          </div>
          <div className="centre-rest">
            <LossChart timeline={<Timeline />} />
            <SeedSweep />
          </div>
        </div>
        <div className="column output-column">
          <DataPlot />
          <AccuracyPanel />
          <PredictionsTable />
        </div>
      </main>
    </div>
  );
}
