/** The GraphQL endpoint path. */
export const GRAPHQL_PATH = '/graphql';
/** The health check path. */
export const HEALTH_PATH = '/healthz';
