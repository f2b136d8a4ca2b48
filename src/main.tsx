import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreDraft } from './state/draftStore.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
restoreDraft(); // before the first render, so the body editor mounts with the kept body
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
