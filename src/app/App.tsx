import { AccuracyPanel } from '../components/AccuracyPanel';
import { Announcer } from '../components/Announcer';
import { Controls } from '../components/Controls';
import { DataPlot } from '../components/DataPlot';
import { DataSettings } from '../components/DataSettings';
import { DivergenceNotice } from '../components/DivergenceNotice';
import { HeaderActions } from '../components/HeaderActions';
import { LossChart } from '../components/LossChart';
import { NetworkGraph } from '../components/NetworkGraph';
import { NetworkSettings } from '../components/NetworkSettings';
import { Notices } from '../components/Notices';
import { PredictionsTable } from '../components/PredictionsTable';
import { PresenterMode } from '../components/PresenterMode';
import { SeedSweep } from '../components/SeedSweep';
import { StatusBar } from '../components/StatusBar';
import { StepModePanels } from '../components/StepModePanels';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <HeaderActions />
        <h1>Backprop Studio</h1>
        <p className="subtitle">Watch a neural network learn, one gradient step at a time.</p>
      </header>
      <Notices />
      <Announcer />
      <PresenterMode />
      <main className="layout">
        <div className="column controls-column">
          <Controls />
          <DataSettings />
        </div>
        <div className="column centre-column">
          <section className="panel graph-panel" aria-labelledby="graph-title">
            <header className="panel-header">
              <h2 id="graph-title">Network</h2>
              <StatusBar />
            </header>
            <DivergenceNotice />
            <NetworkGraph />
            <NetworkSettings />
          </section>
          <StepModePanels />
          <LossChart />
          <SeedSweep />
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
