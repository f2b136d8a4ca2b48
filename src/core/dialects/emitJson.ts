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

/** Emits `value` under `rules`; `undefined` when the serializer would fail on it. */
export function emitJson(value: JsonValue, rules: EmitRules): string | undefined {
  const { layout } = rules;
  const newline = (level: number) => (layout.style === 'indented' ? `\n${layout.indent.repeat(level)}` : '');

  const emit = (node: JsonValue, depth: number, objectDepth: number): string | undefined => {
    switch (node.kind) {
      case 'null':
        return 'null';
      case 'bool':
        return node.value ? 'true' : 'false';
      case 'number':
        return rules.number(node.lexeme);
      case 'string':
        return rules.quote(node.value);
      case 'array':
      case 'object':
        return node.kind === 'array' ? emitArray(node.items, depth + 1, objectDepth) : emitObject(node.entries, depth + 1, objectDepth + 1);
    }
  };

  const emitArray = (items: JsonValue[], depth: number, objectDepth: number): string | undefined => {
    if (items.length === 0) return layout.style === 'jackson' ? '[ ]' : '[]';
    const parts: string[] = [];
    for (const item of items) {
      const text = emit(item, depth, objectDepth);
      if (text === undefined) return undefined;
      parts.push(text);
    }
    switch (layout.style) {
      case 'flat':
        return `[${parts.join(layout.comma)}]`;
      case 'indented':
        return `[${newline(depth)}${parts.join(`,${newline(depth)}`)}${newline(depth - 1)}]`;
      case 'jackson':
        return `[ ${parts.join(', ')} ]`;
    }
  };

  const emitObject = (entries: Entries, depth: number, objectDepth: number): string | undefined => {
    const members = rules.members(entries);
    if (members === undefined) return undefined;
    if (members.length === 0) return layout.style === 'jackson' ? '{ }' : '{}';
    const parts: string[] = [];
    const colon = layout.style === 'flat' ? layout.colon : layout.style === 'jackson' ? ' : ' : ': ';
    for (const [key, member] of members) {
      const keyText = rules.quote(key);
      const text = emit(member, depth, objectDepth);
      if (keyText === undefined || text === undefined) return undefined;
      parts.push(keyText + colon + text);
    }
    switch (layout.style) {
      case 'flat':
        return `{${parts.join(layout.comma)}}`;
      case 'indented':
        return `{${newline(depth)}${parts.join(`,${newline(depth)}`)}${newline(depth - 1)}}`;
      case 'jackson': {
        const indent = (level: number) => `\n${'  '.repeat(level)}`;
        return `{${indent(objectDepth)}${parts.join(`,${indent(objectDepth)}`)}${indent(objectDepth - 1)}}`;
      }
    }
  };

  return emit(value, 0, 0);
}
