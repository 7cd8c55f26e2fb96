/** The API's GraphQL endpoints, on the origin that served this page (HTTP and graphql-transport-ws). */
export function graphqlEndpoints(location: Location): { url: string; subscriptionUrl: string } {
  const ws = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    url: `${location.origin}/graphql`,
    subscriptionUrl: `${ws}//${location.host}/graphql`,
  };
}
