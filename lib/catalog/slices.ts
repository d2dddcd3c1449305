import { z } from 'zod';

/**
 * Long work over thousands of procedures, cut in slices with a pause between
 * them, so the background keeps answering the side panel and the overlay
 * while it checks or indexes a whole catalog.
 */
const SLICE = 250;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function mapInSlices<T, U>(list: readonly T[], map: (value: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < list.length; i += SLICE) {
    for (const value of list.slice(i, i + SLICE)) out.push(map(value));
    await pause();
  }
  return out;
}

/** The list validated by `schema`, or null as soon as one slice fails. */
export async function parseInSlices<T>(schema: z.core.$ZodType<T>, list: readonly unknown[]): Promise<T[] | null> {
  const out: T[] = [];
  for (let i = 0; i < list.length; i += SLICE) {
    const parsed = z.array(schema).safeParse(list.slice(i, i + SLICE));
    if (!parsed.success) return null;
    out.push(...parsed.data);
    await pause();
  }
  return out;
}
