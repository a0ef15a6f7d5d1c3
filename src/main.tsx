import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { Providers } from './app/Providers';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The start in tasks of their own after the modules' evaluation (stores and workers, then the
// first render): no single task blocks the page for long on a slow phone. A message rather than
// a timer: DevTools record a timer's stack, which re-parses this whole chunk (vite.config.ts).
const start = new MessageChannel();
start.port1.onmessage = () => {
  const app = bootstrap();
  createRoot(root).render(
    <StrictMode>
      <Providers app={app}>
        <App />
      </Providers>
    </StrictMode>,
  );
};
start.port2.postMessage(null);
