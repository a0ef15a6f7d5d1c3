import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { Providers } from './app/Providers';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = bootstrap();
createRoot(root).render(
  <StrictMode>
    <Providers app={app}>
      <App />
    </Providers>
  </StrictMode>,
);
