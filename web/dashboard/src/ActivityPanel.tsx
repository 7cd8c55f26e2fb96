import { useEffect, useState } from 'react';
import { subscribeExamActivity, type ExamActivity } from './live';
import { AccuracyChart } from './AccuracyChart';
import { clock, percent, rate } from './format';
import type { TokenSource } from './tokens';

/** Subscribes to one exam's live activity and shows its figures and chart, updating on every event. */
export function ActivityPanel({ tokens, examId }: { tokens: TokenSource; examId: string }) {
  const [activity, setActivity] = useState<ExamActivity | null>(null);
  const [updates, setUpdates] = useState(0);
  const [lastUpdateMs, setLastUpdateMs] = useState(0);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setActivity(null);
    setUpdates(0);
    setError(null);
    return subscribeExamActivity(tokens, examId, {
      next: (a) => {
        setActivity(a);
        setUpdates((n) => n + 1);
        setLastUpdateMs(Date.now());
        setError(null);
      },
      error: setError,
      connection: setConnected,
    });
  }, [tokens, examId]);

  return (
    <section className="card" data-testid="activity" data-updates={updates} data-last-update-ms={lastUpdateMs} data-connected={connected}>
      <h2>
        {activity ? `${activity.exam.code}: ${activity.exam.name}` : 'Waiting for activity…'}
        <span className={connected ? 'status on' : 'status off'}>{connected ? 'live' : 'offline'}</span>
      </h2>
      {error && (
        <p className="error" role="alert" data-testid="activity-error">
          {error}
        </p>
      )}
      <div className="figures">
        <Figure label="Active sessions" testId="active-sessions" value={activity ? String(activity.activeSessions) : '–'} />
        <Figure label="Answers per minute" testId="answers-per-minute" value={activity ? rate(activity.answersPerMinute) : '–'} />
        <Figure label="Accuracy" testId="accuracy" value={activity ? percent(activity.accuracy) : '–'} />
      </div>
      <AccuracyChart points={activity?.recent ?? []} />
      <p className="meta">
        <span data-testid="updates">{updates}</span> updates
        {activity && <> · last at <span data-testid="updated-at">{clock(activity.at)}</span></>}
      </p>
    </section>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="figure">
      <div className="value" data-testid={testId}>
        {value}
      </div>
      <div className="label">{label}</div>
    </div>
  );
}
