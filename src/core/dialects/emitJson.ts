/**
 * One writer for every dialect: a dialect is a set of rules (strings, numbers, object semantics, layout) and this
 * module applies them to a lossless tree. Any rule may refuse a value, which makes the whole emission fail.
 */
import type { JsonValue } from './jsonValue.ts';
import type { NumberPolicy } from './numberFormats.ts';

type Entries = Array<[string, JsonValue]>;

export type Layout =
  /** One line: `comma` between items, `colon` between key and value. */
  | { style: 'flat'; comma: string; colon: string }
  /** JSON.stringify(v, null, indent) / Python indent= / PHP JSON_PRETTY_PRINT: one item per line, empties `[]` `{}`. */
  | { style: 'indented'; indent: string }
  /** Jackson DefaultPrettyPrinter: `{\n  "a" : [ 1, 2 ]\n}`, empties `{ }` `[ ]`, indentation counts objects only. */
  | { style: 'jackson' };

export interface EmitRules {
  /** The quoted string, or `undefined` when this serializer fails on it. */
  quote: (value: string) => string | undefined;
  number: NumberPolicy;
  /** The object's members as this language's object/map holds them (duplicates resolved, reordered, filtered), or `undefined` if it cannot hold them. */
  members: (entries: Entries) => Entries | undefined;
  layout: Layout;
}

/**
 * Emits `value` under `rules`; `undefined` when the serializer would fail on it. The text is appended to one string
 * as it is written, not joined from an array per container: the diagnoser writes a large body in ~15 dialects, and
 * the arrays and their joins were most of the time and of the garbage.
 */
export function emitJson(value: JsonValue, rules: EmitRules): string | undefined {
  const { layout } = rules;
  const newline = (level: number) => (layout.style === 'indented' ? `\n${layout.indent.repeat(level)}` : '');
  const colon = layout.style === 'flat' ? layout.colon : layout.style === 'jackson' ? ' : ' : ': ';
  let out = '';

  /** Appends `node`; false when the serializer fails on it (`out` is then abandoned). */
  const emit = (node: JsonValue, depth: number, objectDepth: number): boolean => {
    switch (node.kind) {
      case 'null':
        out += 'null';
        return true;
      case 'bool':
        out += node.value ? 'true' : 'false';
        return true;
      case 'number':
      case 'string': {
        const text = node.kind === 'number' ? rules.number(node.lexeme) : rules.quote(node.value);
        if (text === undefined) return false;
        out += text;
        return true;
      }
      case 'array':
        return emitArray(node.items, depth + 1, objectDepth);
      case 'object':
        return emitObject(node.entries, depth + 1, objectDepth + 1);
    }
  };

  /** The text before the first item, between items and after the last, for a container at this depth. */
  const frame = (container: 'array' | 'object', depth: number, objectDepth: number): [string, string, string] => {
    switch (layout.style) {
      case 'flat':
        return ['', layout.comma, ''];
      case 'indented':
        return [newline(depth), `,${newline(depth)}`, newline(depth - 1)];
      case 'jackson': {
        if (container === 'array') return [' ', ', ', ' ']; // Jackson's pretty printer keeps arrays on one line
        const indent = (level: number) => `\n${'  '.repeat(level)}`;
        return [indent(objectDepth), `,${indent(objectDepth)}`, indent(objectDepth - 1)];
      }
    }
  };

  const emitArray = (items: JsonValue[], depth: number, objectDepth: number): boolean => {
    if (items.length === 0) {
      out += layout.style === 'jackson' ? '[ ]' : '[]';
      return true;
    }
    const [open, between, close] = frame('array', depth, objectDepth);
    out += `[${open}`;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += between;
      if (!emit(items[i]!, depth, objectDepth)) return false;
    }
    out += `${close}]`;
    return true;
  };

  const emitObject = (entries: Entries, depth: number, objectDepth: number): boolean => {
    const members = rules.members(entries);
    if (members === undefined) return false;
    if (members.length === 0) {
      out += layout.style === 'jackson' ? '{ }' : '{}';
      return true;
    }
    const [open, between, close] = frame('object', depth, objectDepth);
    out += `{${open}`;
    for (let i = 0; i < members.length; i++) {
      const [key, member] = members[i]!;
      const keyText = rules.quote(key);
      if (keyText === undefined) return false;
      out += i > 0 ? between + keyText + colon : keyText + colon;
      if (!emit(member, depth, objectDepth)) return false;
    }
    out += `${close}}`;
    return true;
  };

  return emit(value, 0, 0) ? out : undefined;
}
