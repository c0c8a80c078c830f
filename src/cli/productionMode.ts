/**
 * Imported first by the CLI's entry point, before any command loads graphql or Apollo:
 * runs the CLI in production mode unless NODE_ENV says otherwise. Outside production,
 * graphql-js checks every failed `instanceof` for a second copy of itself (symbol and
 * constructor-name look-ups on each type check of every resolved field: ~2 % of the server's
 * CPU under load). Apollo's mode-dependent defaults (introspection, stack traces in errors,
 * landing page, signal handlers) are all set explicitly in createApolloServer, so they do not
 * change with it.
 */
process.env.NODE_ENV ??= 'production';

export {};
