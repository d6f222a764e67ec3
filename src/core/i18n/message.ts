import { z } from 'zod';
import type { MessageCode } from './catalogue';

/**
 * What core means, not how it reads: a catalogue code and its parameters. The UI and the CLI
 * render it in the user's language (translate.ts); core never writes a user-facing sentence.
 */
export interface Message {
  readonly code: MessageCode;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** A list of values joined the way the language joins them ("a, b and c", "a, b 및 c"). */
export interface ListParam {
  readonly list: readonly (string | number | Message)[];
  readonly type?: 'conjunction' | 'disjunction';
}

/**
 * A parameter: a number (formatted per locale by the message's {n, number} or plural), a
 * string taken as it is (a column name, a shape, a file name), another message rendered in the
 * same language first, or a list.
 */
export type MessageParam = string | number | Message | ListParam;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** `msg('data.csv.emptyFile', { file })`: the one way core says something to a user. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  return params === undefined ? { code } : { code, params };
}

/** `{ list: [...] }` with a type, as a parameter. */
export function listOf(items: readonly (string | number | Message)[], type: ListParam['type'] = 'conjunction'): ListParam {
  return { list: items, type };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && !('list' in value);
}

/** Messages cross workers, IPC and files: validated like every other record. */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    code: z.string() as unknown as z.ZodType<MessageCode>, // checked against the catalogue when rendered
    params: z.record(z.string(), messageParamSchema).optional(),
  }),
);

const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    messageSchema,
    z.object({ list: z.array(z.union([z.string(), z.number(), messageSchema])), type: z.enum(['conjunction', 'disjunction']).optional() }),
  ]),
);
