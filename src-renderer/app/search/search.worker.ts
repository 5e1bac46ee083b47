// The search index's Web Worker: a SearchService over its own database, answering one message at a time in
// the order sent (so a search sees every update sent before it).
import { answerInOrder } from '../worker-rpc';
import { openSearchCache } from '../../db/search-cache';
import { SearchService, type SearchRequest } from './search-service';

const service = new SearchService(openSearchCache());
answerInOrder<SearchRequest>((message) => service.handle(message));
