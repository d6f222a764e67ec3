import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getHost } from '../host';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';
import { startCpuBackendOnUiThread } from './tfjs-on-ui-thread';

startCpuBackendOnUiThread();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <ErrorBoundary where="the app">
      <App host={getHost()} />
    </ErrorBoundary>
  </StrictMode>,
);
