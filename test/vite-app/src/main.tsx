import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'convene/styles.css';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
