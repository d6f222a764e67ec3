import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getHost } from '../host';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';
import { startCpuBackendOnUiThread } from './tfjs-on-ui-thread';

startCpuBackendOnUiThread();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <I18nProvider>
      <ErrorBoundary where="app">
        <App host={getHost()} />
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>,
);
