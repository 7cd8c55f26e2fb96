import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import {
  DashboardExamActivityDocument,
  type DashboardExamActivitySubscription,
} from './gql/graphql';
import { wsUrl } from './endpoints';
import type { TokenSource } from './tokens';

/** One live view of an exam's activity event, as the subscription delivers it. */
export type ExamActivity = DashboardExamActivitySubscription['examActivity'];

/** Callbacks of a live activity subscription. */
export interface ActivityHandlers {
  next(activity: ExamActivity): void;
  error(message: string): void;
  /** Called with true once the socket is acknowledged, false when it drops. */
  connection(connected: boolean): void;
}

/**
 * Subscribes to `examActivity(examId)` over graphql-transport-ws, a current access token in each connection_init
 * payload: the server closes the socket when the token expires (4403) and the client reconnects with a refreshed one.
 * Returns a function that ends the subscription and closes the socket.
 */
export function subscribeExamActivity(tokens: TokenSource, examId: string, handlers: ActivityHandlers): () => void {
  const client: Client = createClient({
    url: wsUrl,
    connectionParams: async () => ({ Authorization: `Bearer ${await tokens.current()}` }),
    retryAttempts: 5,
    on: {
      connected: () => handlers.connection(true),
      closed: () => handlers.connection(false),
    },
  });
  const unsubscribe = client.subscribe<DashboardExamActivitySubscription>(
    { query: print(DashboardExamActivityDocument), variables: { examId } },
    {
      next: (result) => {
        if (result.errors?.length) handlers.error(result.errors.map((e) => e.message).join('; '));
        else if (result.data) handlers.next(result.data.examActivity);
      },
      error: (err) => handlers.error(describe(err)),
      complete: () => undefined,
    },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}

function describe(err: unknown): string {
  if (Array.isArray(err)) return err.map((e: { message?: string }) => e.message ?? String(e)).join('; ');
  if (err instanceof Error) return err.message;
  if (typeof CloseEvent !== 'undefined' && err instanceof CloseEvent) return `socket closed (${err.code} ${err.reason})`.trim();
  return String(err);
}
