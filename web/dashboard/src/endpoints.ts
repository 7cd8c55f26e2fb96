/** The API's GraphQL endpoints on the origin that served the dashboard. */
export const httpUrl = `${window.location.origin}/graphql`;

/** graphql-transport-ws on the same path (wss when the page came over https). */
export const wsUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;
