import { Controls } from '../components/Controls';
import { LossChart } from '../components/LossChart';
import { NetworkGraph } from '../components/NetworkGraph';
import { PredictionsTable } from '../components/PredictionsTable';
import { StatusBar } from '../components/StatusBar';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Backprop Studio</h1>
        <p className="subtitle">Watch a neural network learn XOR, one gradient step at a time.</p>
      </header>
      <main className="layout">
        <Controls />
        <section className="panel graph-panel" aria-labelledby="graph-title">
          <h2 id="graph-title">Network</h2>
          <StatusBar />
          <NetworkGraph />
        </section>
        <LossChart />
        <PredictionsTable />
      </main>
    </div>
  );
}
