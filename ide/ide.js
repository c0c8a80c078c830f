/*
 * newsgraph GraphQL IDE: starts GraphiQL (vendor bundles served by the server) on the page's
 * configuration block. Plain browser JavaScript, no build step.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('newsgraph-ide-config').textContent);

  /** POSTs the operation as JSON (which also satisfies the server's CSRF prevention). */
  function fetcher(params, options) {
    var headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) {
      headers[name] = extra[name];
    });
    return fetch(config.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (response) {
      return response.json().catch(function () {
        throw new Error('the server answered ' + response.status + ' without JSON');
      });
    });
  }

  function start() {
    var root = document.getElementById('graphiql');
    if (!window.React || !window.ReactDOM || !window.GraphiQL) {
      root.textContent = 'The GraphQL IDE failed to load its scripts; POST queries to ' + config.endpoint + ' instead.';
      return;
    }
    window.ReactDOM.createRoot(root).render(
      window.React.createElement(window.GraphiQL, {
        fetcher: fetcher,
        defaultQuery: config.query,
        defaultEditorToolsVisibility: false,
        shouldPersistHeaders: false,
      }),
    );
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
