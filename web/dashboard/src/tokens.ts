import { request } from './api';
import { DashboardRefreshDocument } from './gql/graphql';

/** The tokens of a signed-in account, as kept in sessionStorage. */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ISO 8601). */
  accessTokenExpiresAt: string;
}

/** Refresh this long before the access token expires. */
const marginMs = 60_000;

/**
 * Hands out a valid access token: the current one, or a refreshed one when it expires within a minute (one refresh at
 * a time; the rotated refresh token replaces the old one). Used for every HTTP request and for each websocket
 * connection_init, so a live subscription that the server closes at token expiry (4403) reconnects with a fresh token.
 */
export class TokenSource {
  private tokens: Tokens;
  private refreshing: Promise<string> | null = null;

  constructor(
    tokens: Tokens,
    private readonly onChange: (tokens: Tokens) => void,
    private readonly onSignedOut: (reason: string) => void,
  ) {
    this.tokens = tokens;
  }

  /** A valid access token, refreshing first when needed. Rejects (and signs out) when the refresh token is refused. */
  async current(): Promise<string> {
    if (Date.parse(this.tokens.accessTokenExpiresAt) - Date.now() > marginMs) return this.tokens.accessToken;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<string> {
    const { refreshToken } = await request(DashboardRefreshDocument, { input: { refreshToken: this.tokens.refreshToken } });
    if (refreshToken.errors.length > 0 || !refreshToken.accessToken || !refreshToken.refreshToken || !refreshToken.accessTokenExpiresAt) {
      const reason = refreshToken.errors.map((e) => e.message).join('; ') || 'The session could not be renewed.';
      this.onSignedOut(reason);
      throw new Error(reason);
    }
    this.tokens = {
      accessToken: refreshToken.accessToken,
      refreshToken: refreshToken.refreshToken,
      accessTokenExpiresAt: String(refreshToken.accessTokenExpiresAt),
    };
    this.onChange(this.tokens);
    return this.tokens.accessToken;
  }
}
