import { useState, type FormEvent } from 'react';
import { request } from './api';
import { DashboardLoginDocument } from './gql/graphql';
import type { Tokens } from './tokens';

/** Who is signed in: the tokens and what the dashboard shows about the user. */
export interface Account {
  tokens: Tokens;
  displayName: string;
  roles: readonly string[];
}

/** The sign-in form: runs the `login` mutation and hands the tokens up. */
export function SignIn({ onSignedIn }: { onSignedIn(account: Account): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await request(DashboardLoginDocument, { input: { email, password } });
      if (login.errors.length > 0 || !login.accessToken || !login.refreshToken || !login.accessTokenExpiresAt || !login.user) {
        setError(login.errors.map((x) => x.message).join('; ') || 'Sign-in failed.');
        return;
      }
      onSignedIn({
        tokens: { accessToken: login.accessToken, refreshToken: login.refreshToken, accessTokenExpiresAt: login.accessTokenExpiresAt },
        displayName: login.user.displayName,
        roles: login.user.roles,
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} data-testid="sign-in">
      <h2>Sign in</h2>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      {error && (
        <p className="error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      )}
    </form>
  );
}
