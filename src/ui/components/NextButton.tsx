/**
 * A step's Next button. While the step has a blocking problem it is marked unavailable
 * (aria-disabled, so that it stays focusable and a keyboard or screen-reader user hears why)
 * and the reason stands beside it in words, not only in a tooltip.
 */
import { useId } from 'react';
import type { Message } from '../../core/i18n/message';
import { Text } from '../i18n/Text';

interface NextButtonProps {
  readonly label: string;
  readonly blocker: Message | null;
  readonly onNext: () => void;
}

export function NextButton({ label, blocker, onNext }: NextButtonProps) {
  const id = useId();
  return (
    <span className="next-action">
      {blocker ? (
        <span id={id} className="blocker next-blocker">
          <Text m={blocker} />
        </span>
      ) : null}
      <button
        type="button"
        className="button primary"
        aria-disabled={blocker ? true : undefined}
        aria-describedby={blocker ? id : undefined}
        onClick={() => {
          if (!blocker) onNext();
        }}
      >
        {label}
      </button>
    </span>
  );
}
