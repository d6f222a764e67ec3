import { Component, type ErrorInfo, type ReactNode } from 'react';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import { Text } from '../i18n/Text';
import { ErrorMessage } from './ErrorMessage';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What the user was looking at, for the message: the current step, or the whole app. */
  readonly where?: 'step' | 'app';
}

interface ErrorBoundaryState {
  readonly error: AppErrorInfo | null;
}

/**
 * Never a blank screen: a rendering error becomes a plain message with the stack behind
 * "Details", and a button to try again. The rest of the app (and what was loaded) stays.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(err: unknown): ErrorBoundaryState {
    return { error: toAppErrorInfo(err) };
  }

  override componentDidCatch(err: unknown, info: ErrorInfo): void {
    const error = toAppErrorInfo(err, msg('app.error.showing', { where: this.props.where ?? 'app' }));
    const detail = [error.detail, info.componentStack].filter(Boolean).join('\n');
    this.setState({ error: { ...error, detail } });
    console.error(err);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="boundary">
        <ErrorMessage error={error} onDismiss={() => this.setState({ error: null })}>
          <p>
            <Text m="app.error.tryAgain" />
          </p>
        </ErrorMessage>
      </div>
    );
  }
}
