import { errorMessage } from '../error-message';
import { type Envelope, Request, type RequestOf, type RequestType, type Responses } from './protocol';

export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export type HandlerMap<K extends RequestType> = {
  [T in K]: (message: RequestOf<T>, sender: SenderInfo) => Promise<Responses[T]>;
};
/** One handler per request type; a missing one is a type error. */
export type Handlers = HandlerMap<RequestType>;

/** Turns a handler's failure into the envelope's error text (the background words storage failures for people). */
export type DescribeFailure = (error: unknown) => string | Promise<string>;


/**
 * Builds the background's single message handler. Only messages from this
 * extension (its pages and content scripts) that match the zod protocol reach
 * a handler; everything else gets an error envelope and no side effect.
 */
export function createRouter(handlers: Handlers, extensionId: string, describeFailure: DescribeFailure = errorMessage) {
  return async (raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> => {
    if (sender.id !== extensionId) return { ok: false, error: 'foreign-sender' };
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid-message' };
    const message = parsed.data;
    const handler = handlers[message.type] as (m: Request, s: SenderInfo) => Promise<unknown>;
    try {
      return { ok: true, data: await handler(message, sender) };
    } catch (error) {
      return { ok: false, error: await describe(error) };
    }
  };
  async function describe(error: unknown) {
    try {
      return await describeFailure(error);
    } catch {
      return errorMessage(error);
    }
  }
}
