// The pattern views' Web Worker: a PatternService over its own connection to the app's database (it reads
// the annotations itself, so the page never deserialises them), answering one message at a time in the order
// sent (so a computation sees every update sent before it).
import { answerInOrder } from '../worker-rpc';
import { createDb, createRepositories } from '../../db';
import { PatternService, type PatternRequest } from './pattern-service';

const service = new PatternService(createRepositories(createDb()).annotations);
answerInOrder<PatternRequest>(async (message) => service.handle(message));
