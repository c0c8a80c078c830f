/** The tiny HTML page served at `/`. */
export function landingPage(graphqlPath: string): string {
  const example = JSON.stringify({ query: '{ stats { articles entities relations } }' });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>newsgraph GraphQL API</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code,pre{background:#f3f3f3;padding:.1rem .3rem}</style>
</head>
<body>
<h1>newsgraph</h1>
<p>The knowledge-graph API is served at <a href="${graphqlPath}">${graphqlPath}</a>: open it in a browser for the GraphQL IDE (GraphiQL, with example queries over the loaded data), or POST JSON from any GraphQL client (introspection is on).</p>
<pre>curl -s -H 'content-type: application/json' \\
  -d '${example}' http://HOST:PORT${graphqlPath}</pre>
<p>Graph explorer: <a href="/explore">/explore</a> · exports: <code>/export?format=graphml</code> (json, ndjson, graphml, gexf, cypher, jsonld) · health check: <a href="/healthz">/healthz</a></p>
</body>
</html>
`;
}
