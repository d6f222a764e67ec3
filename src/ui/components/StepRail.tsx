import type { Message } from '../../core/i18n/message';
import type { StepId } from '../app/state';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/say';

export interface RailStep {
  readonly id: StepId;
  /** One short line of where this step stands ("penguins.csv", "(None, 9)", "Epoch 3 of 15"); a name or a shape as it is. */
  readonly status: Message | string;
  readonly attention?: boolean;
}

interface StepRailProps {
  readonly steps: readonly RailStep[];
  readonly current: StepId;
  readonly onSelect: (step: StepId) => void;
}

/** The left rail: one button per step, the current one marked for assistive technology too. */
export function StepRail({ steps, current, onSelect }: StepRailProps) {
  const t = useT();
  return (
    <nav className="rail" aria-label={t('app.rail.label')}>
      <ol>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className={step.id === current ? 'rail-step current' : 'rail-step'}
              aria-current={step.id === current ? 'step' : undefined}
              onClick={() => onSelect(step.id)}
            >
              <span className="rail-number">{i + 1}</span>{' '}
              <span className="rail-text">
                <span className="rail-title">{t(`app.step.${step.id}`)}</span>{' '}
                <span className={step.attention ? 'rail-status attention' : 'rail-status'} title={say(t, step.status)}>
                  {say(t, step.status)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
