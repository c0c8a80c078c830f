/**
 * Extraction worker (worker_threads): loads the NLP model and lexicons at start-up (while the
 * main thread opens the store and reads the first sources), then answers each ExtractRequest
 * with the article's graph, minus the text the main thread already holds, or a failure.
 * Started by ExtractionPool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractGraph } from './extractGraph.js';
import type { ExtractRequest, ExtractResponse, WorkerConfig } from './messages.js';

const config = workerData as WorkerConfig;
const port = parentPort;

/** A throw-away article through the whole pipeline: model, lexicons and gazetteer get built. */
function warmUp(): void {
  extractGraph({ id: 'warm-up', source: 'warm-up', title: null, publishedAt: null, text: 'The Example Company said on Monday that it met officials in Paris.' }, 0);
}

if (port) {
  port.on('message', (request: ExtractRequest) => {
    const outcome = extractGraph(request.article, config.minConfidence);
    let response: ExtractResponse;
    if (outcome.ok) {
      const { article, entities, facts } = outcome.graph;
      response = { id: request.id, ok: true, graph: { article, entities, facts } };
    } else {
      response = { id: request.id, ok: false, failure: outcome.failure };
    }
    port.postMessage(response);
  });
  // Requests that arrive meanwhile wait in the port's queue until the warm-up returns.
  warmUp();
}
