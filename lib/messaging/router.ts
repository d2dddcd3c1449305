import { errorMessage } from '../error-message';
import { type Envelope, Request, type RequestOf, type RequestType, type Responses } from './protocol';
import { classifySender, type SenderInfo, senderMaySend } from './senders';

export type { SenderInfo };

export type HandlerMap<K extends RequestType> = {
  [T in K]: (message: RequestOf<T>, sender: SenderInfo) => Promise<Responses[T]>;
};
/** One handler per request type; a missing one is a type error. */
export type Handlers = HandlerMap<RequestType>;

/** Turns a handler's failure into the envelope's error text (the background words storage failures for people). */
export type DescribeFailure = (error: unknown) => string | Promise<string>;

/**
 * Builds the background's single message handler. Only messages from this
 * extension's pages or a portal tab's content scripts, that match the zod
 * protocol and that this kind of sender may send (senders.ts), reach a
 * handler; everything else gets an error envelope and no side effect.
 */
export function createRouter(handlers: Handlers, extensionId: string, describeFailure: DescribeFailure = errorMessage) {
  return async (raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> => {
    const kind = classifySender(sender, extensionId);
    if (!kind) return { ok: false, error: 'foreign-sender' };
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid-message' };
    const message = parsed.data;
    if (!senderMaySend(kind, message)) return { ok: false, error: 'sender-not-allowed' };
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
