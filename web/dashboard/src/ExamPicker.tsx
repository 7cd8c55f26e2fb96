import { useEffect, useState } from 'react';
import { request } from './api';
import { DashboardExamsDocument, type DashboardExamsQuery } from './gql/graphql';
import type { TokenSource } from './tokens';

type Exam = DashboardExamsQuery['exams']['nodes'][number];

/** Loads the exams (first page of 50) and lets the user choose one to watch. */
export function ExamPicker({ tokens, value, onChange }: { tokens: TokenSource; value: string; onChange(examId: string): void }) {
  const [exams, setExams] = useState<Exam[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    tokens
      .current()
      .then((token) => request(DashboardExamsDocument, {}, token))
      .then((data) => live && setExams(data.exams.nodes))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [tokens]);

  if (error) return <p className="error" role="alert">Could not load the exams: {error}</p>;
  if (!exams) return <p>Loading exams…</p>;
  return (
    <label className="picker">
      Exam
      <select name="exam" data-testid="exam-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose an exam…</option>
        {exams.map((exam) => (
          <option key={exam.id} value={exam.id} data-slug={exam.slug}>
            {exam.provider.name} {exam.code}: {exam.name}
          </option>
        ))}
      </select>
    </label>
  );
}
