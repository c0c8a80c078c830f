import type { GraphStore } from '../store/GraphStore.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store port and this request's loaders. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
}

/** A fresh context per request (loaders cache only within one request). */
export function createContext(store: GraphStore): GraphQLContext {
  return { store, loaders: createLoaders(store) };
}
