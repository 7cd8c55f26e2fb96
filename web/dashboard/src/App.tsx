import { useState } from 'react';
import { SignIn, type Account } from './SignIn';
import { ExamPicker } from './ExamPicker';
import { ActivityPanel } from './ActivityPanel';

const storageKey = 'studygraph.dashboard.account';

function restore(): Account | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Account) : null;
  } catch {
    return null;
  }
}

/** The dashboard: sign in, choose an exam, watch its activity live. */
export function App() {
  const [account, setAccount] = useState<Account | null>(restore);
  const [examId, setExamId] = useState('');

  function signedIn(a: Account) {
    sessionStorage.setItem(storageKey, JSON.stringify(a));
    setAccount(a);
  }

  function signOut() {
    sessionStorage.removeItem(storageKey);
    setAccount(null);
    setExamId('');
  }

  const staff = account ? account.roles.some((r) => r === 'AUTHOR' || r === 'ADMIN') : false;
  return (
    <main>
      <header>
        <h1>StudyGraph live activity</h1>
        {account && (
          <p className="who">
            Signed in as <strong data-testid="who">{account.displayName}</strong>{' '}
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </p>
        )}
      </header>
      {!account && <SignIn onSignedIn={signedIn} />}
      {account && !staff && <p className="error">Live activity is for authors and admins; this account may be refused.</p>}
      {account && <ExamPicker token={account.token} value={examId} onChange={setExamId} />}
      {account && examId && <ActivityPanel key={examId} token={account.token} examId={examId} />}
    </main>
  );
}
