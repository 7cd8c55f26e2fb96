import { createGraphiQLFetcher, type Fetcher, type FetcherOpts } from '@graphiql/toolkit';
import { graphqlEndpoints } from './endpoints';

/** The hint shown in the headers editor: paste an access token after "Bearer ". */
export const defaultHeaders = JSON.stringify({ Authorization: 'Bearer ' }, null, 2);

/**
 * Drops an Authorization header that still holds the bare hint ("Bearer " without a token),
 * so an anonymous query is sent without it instead of being refused as a malformed token.
 */
export function withoutEmptyBearer(headers: FetcherOpts['headers']): FetcherOpts['headers'] {
  if (!headers) return headers;
  const cleaned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    const empty = name.toLowerCase() === 'authorization' && typeof value === 'string' && /^\s*bearer\s*$/i.test(value);
    if (!empty) cleaned[name] = value;
  }
  return cleaned;
}

/**
 * GraphiQL's fetcher: queries and mutations over HTTP POST to same-origin /graphql, subscriptions over
 * graphql-transport-ws on the same path; the headers editor's headers go on HTTP requests and, for
 * subscriptions, into the connection_init payload (where the API reads the token).
 */
export function createStudyGraphFetcher(location: Location): Fetcher {
  const { url, subscriptionUrl } = graphqlEndpoints(location);
  const inner = createGraphiQLFetcher({ url, subscriptionUrl, enableIncrementalDelivery: false });
  return (params, opts) => inner(params, opts ? { ...opts, headers: withoutEmptyBearer(opts.headers) } : opts);
}
