import { browser } from 'wxt/browser';
import type { Envelope, RequestOf, RequestType, Responses } from './protocol';

/** Sends a typed request to the background and unwraps its envelope. */
export async function ask<K extends RequestType>(message: RequestOf<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage(message)) as Envelope<Responses[K]> | undefined;
  if (!reply) throw new Error('no-reply');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
