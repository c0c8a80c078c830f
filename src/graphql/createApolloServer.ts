import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLContext } from './context.js';
import { costLimitPlugin, MAX_QUERY_COST } from './costLimitPlugin.js';
import { depthLimitRule, MAX_QUERY_DEPTH } from './depthLimitRule.js';
import { createFormatError } from './formatError.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { resolvers } from './resolvers.js';

export interface CreateApolloServerOptions {
  /** Directory of the *.graphql SDL files; default `schemaDir` (src/paths.ts). */
  schemaDir?: string;
  /** Receives log lines (internal errors, Apollo warnings). Default: discard. */
  log?: (line: string) => void;
  /** Extra plugins (the HTTP server adds its drain plugin). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  /** Deepest selection nesting accepted; default MAX_QUERY_DEPTH. */
  maxQueryDepth?: number;
  /** Largest estimated result size (fields × page sizes); default MAX_QUERY_COST. */
  maxQueryCost?: number;
}

type Logger = NonNullable<ApolloServerOptions<GraphQLContext>['logger']>;

function loggerFrom(log: (line: string) => void): Logger {
  return {
    debug: () => {},
    info: () => {},
    warn: (...args: unknown[]) => log(`apollo warning: ${args.map(String).join(' ')}`),
    error: (...args: unknown[]) => log(`apollo error: ${args.map(String).join(' ')}`),
  };
}

/**
 * The newsgraph GraphQL server (not yet started): SDL from schema/, thin resolvers over the
 * GraphStore in the context, NewsgraphError codes in `extensions.code`, no stack traces,
 * depth and cost limits, CSRF prevention and introspection on, no Apollo landing page or reporting.
 */
export function createApolloServer(options: CreateApolloServerOptions = {}): ApolloServer<GraphQLContext> {
  const log = options.log ?? (() => {});
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(options.schemaDir),
    resolvers,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [depthLimitRule(options.maxQueryDepth ?? MAX_QUERY_DEPTH)],
    logger: loggerFrom(log),
    stopOnTerminationSignals: false,
    plugins: [
      // No cache hints are used; the default cache-control plugin would wrap every field resolver (bench: ~10 % of server CPU).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      costLimitPlugin<GraphQLContext>(options.maxQueryCost ?? MAX_QUERY_COST),
      ...(options.plugins ?? []),
    ],
  });
}
