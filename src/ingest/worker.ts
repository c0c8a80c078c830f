/**
 * Extraction process (started by ExtractionPool with `fork`): loads the NLP model and
 * lexicons at start-up (while the main process opens the store and reads the first sources),
 * then answers each ExtractRequest with the article's graph, minus the text the main process
 * already holds, or a failure. It ends by itself when the parent closes the channel (or dies).
 */
import { extractGraph } from './extractGraph.js';
import { parseWorkerConfig, type ExtractRequest, type ExtractResponse } from './messages.js';

const config = parseWorkerConfig(process.argv[2]);

/** A throw-away article through the whole pipeline: model, lexicons and gazetteer get built. */
function warmUp(): void {
  extractGraph({ id: 'warm-up', source: 'warm-up', title: null, publishedAt: null, text: 'The Example Company said on Monday that it met officials in Paris.' }, 0);
}

const send = process.send?.bind(process);
if (send) {
  process.on('message', (request: ExtractRequest) => {
    // The parent closed the channel or died: requests still queued have no one to answer to.
    if (!process.connected) return;
    const outcome = extractGraph(request.article, config.minConfidence);
    let response: ExtractResponse;
    if (outcome.ok) {
      const { article, entities, facts } = outcome.graph;
      response = { id: request.id, ok: true, graph: { article, entities, facts } };
    } else {
      response = { id: request.id, ok: false, failure: outcome.failure };
    }
    // A callback takes a send error (EPIPE: the parent died meanwhile) instead of an
    // 'error' event that would crash this process with a stack trace on the shared stderr.
    send(response, undefined, undefined, () => undefined);
  });
  // Requests that arrive meanwhile wait in the channel until the warm-up returns.
  warmUp();
}
