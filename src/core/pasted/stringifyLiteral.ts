/**
 * `JSON.stringify(<literal>[, null[, space]])`, the body people write in a fetch call, computed from the literal as data:
 * the literal becomes plain values (strings, numbers, booleans, null, arrays, objects) and the platform's own
 * JSON.stringify gives the text — key order, number forms and escapes exactly as in the code that sent it. Anything
 * that is not a literal is refused, since knowing its value would mean running code.
 */
import { type JsValue, readJsValue, skipSpace } from './jsLiteral.ts';

type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };
type Converted = { ok: true; value: Plain } | { ok: false; message: string };

function plain(value: JsValue): Converted {
  switch (value.kind) {
    case 'string': return { ok: true, value: value.value };
    case 'number': return { ok: true, value: Number(value.source.replaceAll('_', '')) };
    case 'boolean': return { ok: true, value: value.source === 'true' };
    case 'null': return { ok: true, value: null };
    case 'undefined': return { ok: true, value: undefined };
    case 'expression': {
      const shown = value.source.length > 40 ? `${value.source.slice(0, 40)}…` : value.source;
      return { ok: false, message: `its body stringifies ${shown}, whose value would have to be run to know` };
    }
    case 'array': {
      const items: Plain[] = [];
      for (const item of value.items) {
        const converted = plain(item);
        if (!converted.ok) return converted;
        items.push(converted.value);
      }
      return { ok: true, value: items };
    }
    case 'object': {
      const object: { [key: string]: Plain } = {};
      for (const [key, item] of value.entries) {
        const converted = plain(item);
        if (!converted.ok) return converted;
        object[key] = converted.value;
      }
      return { ok: true, value: object };
    }
  }
}

const problem = (message: string) => ({ message });

/**
 * The text `source` (a `JSON.stringify(…)` call) produces, a problem naming what stops it, or `undefined` when
 * `source` is not such a call at all.
 */
export function stringifyLiteralCall(source: string): string | { message: string } | undefined {
  const head = /^JSON\.stringify\s*\(/.exec(source);
  if (!head) return undefined;
  const cursor = { text: source, i: head[0].length };
  const read = readJsValue(cursor);
  if (!read.ok) return problem(`its body's JSON.stringify argument cannot be read: ${read.message}`);
  const args: JsValue[] = [read.value];
  for (skipSpace(cursor); source[cursor.i] === ',' && args.length < 3; skipSpace(cursor)) {
    cursor.i++;
    const next = readJsValue(cursor);
    if (!next.ok) return problem(`its body's JSON.stringify arguments cannot be read: ${next.message}`);
    args.push(next.value);
  }
  if (source[cursor.i] !== ')' || source.slice(cursor.i + 1).trim() !== '') return problem('its body is JSON.stringify(…) followed by more code');
  const [value, replacer, space] = args as [JsValue, JsValue | undefined, JsValue | undefined];
  if (replacer !== undefined && replacer.kind !== 'null' && replacer.kind !== 'undefined') return problem('its body uses a JSON.stringify replacer, which would have to be run');
  const data = plain(value);
  if (!data.ok) return problem(data.message);
  const indent = space?.kind === 'number' ? Number(space.source) : space?.kind === 'string' ? space.value : undefined;
  return JSON.stringify(data.value, null, indent) ?? problem('its body stringifies undefined, which sends no body at all');
}
