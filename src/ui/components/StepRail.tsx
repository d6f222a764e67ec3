import type { StepId } from '../app/state';

export interface RailStep {
  readonly id: StepId;
  readonly title: string;
  /** One short line of where this step stands ("penguins.csv", "(None, 9)", "Epoch 3 of 15"). */
  readonly status: string;
  readonly attention?: boolean;
}

interface StepRailProps {
  readonly steps: readonly RailStep[];
  readonly current: StepId;
  readonly onSelect: (step: StepId) => void;
}

/** The left rail: one button per step, the current one marked for assistive technology too. */
export function StepRail({ steps, current, onSelect }: StepRailProps) {
  return (
    <nav className="rail" aria-label="Steps">
      <div className="brand">Layerbench</div>
      <ol>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className={step.id === current ? 'rail-step current' : 'rail-step'}
              aria-current={step.id === current ? 'step' : undefined}
              onClick={() => onSelect(step.id)}
            >
              <span className="rail-number">
                {i + 1}
              </span>{' '}
              <span className="rail-text">
                <span className="rail-title">{step.title}</span>{' '}
                <span className={step.attention ? 'rail-status attention' : 'rail-status'}>{step.status}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
