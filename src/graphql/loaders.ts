import DataLoader from 'dataloader';
import { NewsgraphError } from '../errors.js';
import type { StoredArticle, StoredEntity } from '../model/types.js';
import type { ArticleMention, GraphStore } from '../store/GraphStore.js';

/** Per-request batching and caching of lookups; create one set per GraphQL request. */
export interface Loaders {
  /** Entity by canonical key (batched into one `getEntities` call per tick). */
  entity: DataLoader<string, StoredEntity | null>;
  /** Article by id (deduplicated and cached per request). */
  article: DataLoader<string, StoredArticle | null>;
  /** Articles mentioning an entity key. */
  entityArticles: DataLoader<string, StoredArticle[]>;
  /** Entities mentioned in an article with their mention counts there. */
  articleEntities: DataLoader<string, ArticleMention[]>;
  /** Cleaned text of an article. */
  articleText: DataLoader<string, string | null>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader<string, StoredEntity | null>(async (keys) => {
      const found = await store.getEntities(keys);
      if (found.length !== keys.length) {
        throw new NewsgraphError('INTERNAL', `getEntities expected ${keys.length} results aligned with the keys, found ${found.length}`);
      }
      return found;
    }),
    article: new DataLoader<string, StoredArticle | null>((ids) => Promise.all(ids.map((id) => store.getArticle(id)))),
    entityArticles: new DataLoader<string, StoredArticle[]>((keys) => Promise.all(keys.map((key) => store.entityArticles(key)))),
    articleEntities: new DataLoader<string, ArticleMention[]>((ids) => Promise.all(ids.map((id) => store.articleEntities(id)))),
    articleText: new DataLoader<string, string | null>((ids) => Promise.all(ids.map((id) => store.getArticleText(id)))),
  };
}
