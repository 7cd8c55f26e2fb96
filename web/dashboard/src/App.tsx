import { useState } from 'react';
import { SignIn, type Account } from './SignIn';
import { TokenSource } from './tokens';
import { ExamPicker } from './ExamPicker';
import { ActivityPanel } from './ActivityPanel';

const storageKey = 'studygraph.dashboard.account';

function restore(): Account | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    const account = raw ? (JSON.parse(raw) as Account) : null;
    return account?.tokens?.refreshToken ? account : null; // an entry of an older dashboard: sign in again
  } catch {
    return null;
  }
}

/** A signed-in account with the source of its (refreshed) access tokens. */
interface Session {
  account: Account;
  tokens: TokenSource;
}

/** The dashboard: sign in, choose an exam, watch its activity live. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => {
    const restored = restore();
    return restored ? open(restored) : null;
  });
  const [examId, setExamId] = useState('');
  const account = session?.account ?? null;

  /** Refreshed tokens are saved for a reload of the page; a refused refresh signs out. */
  function open(a: Account): Session {
    return {
      account: a,
      tokens: new TokenSource(a.tokens, (t) => sessionStorage.setItem(storageKey, JSON.stringify({ ...a, tokens: t })), () => signOut()),
    };
  }

  function signedIn(a: Account) {
    sessionStorage.setItem(storageKey, JSON.stringify(a));
    setSession(open(a));
  }

  function signOut() {
    sessionStorage.removeItem(storageKey);
    setSession(null);
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
      {session && <ExamPicker tokens={session.tokens} value={examId} onChange={setExamId} />}
      {session && examId && <ActivityPanel key={examId} tokens={session.tokens} examId={examId} />}
    </main>
  );
}
