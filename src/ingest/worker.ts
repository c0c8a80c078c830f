/**
 * Extraction worker (worker_threads): loads the NLP model once, on its first article, then
 * answers each ExtractRequest with the article's graph or a failure. Started by ExtractionPool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractGraph } from './extractGraph.js';
import type { ExtractRequest, ExtractResponse, WorkerConfig } from './messages.js';

const config = workerData as WorkerConfig;
const port = parentPort;
if (port) {
  port.on('message', (request: ExtractRequest) => {
    const response: ExtractResponse = { id: request.id, ...extractGraph(request.article, config.minConfidence) };
    port.postMessage(response);
  });
}
