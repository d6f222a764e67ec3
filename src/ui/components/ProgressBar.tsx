interface ProgressBarProps {
  readonly label: string;
  /** 0–1, or null while the amount is not known yet. */
  readonly fraction: number | null;
  /** What a screen reader reads and what is shown beside the bar. */
  readonly text: string;
}

export function ProgressBar({ label, fraction, text }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className={percent === null ? 'progress-track indeterminate' : 'progress-track'}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      <p className="progress-text">{text}</p>
    </div>
  );
}
