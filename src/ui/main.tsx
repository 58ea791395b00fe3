// Entry point of the page: mount the app and install window.kitchen.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installKitchenApi } from './kitchen-api.ts';
import './styles.css';

installKitchenApi();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
