import { typeOf, type Api, type Operation, type Parameter, type Schema } from './openapi';
import type { Random } from './seed';

/** What the suite sends for one case, and whether the document makes it invalid. */
export interface Case {
  input: string;
  expect: 'refuse' | 'survive';
  path: Record<string, string>;
  query: Record<string, string>;
  json?: unknown;
  raw?: string;
}

const NUL = 'Abuse\u0000text';
const BIDI = 'Abuse \u202Etxt.exe\u202C text';
const HUGE = 'x'.repeat(100_000);
const LONG_PARAMETER = 'y'.repeat(2_000);
const TODAY = new Date().toISOString().slice(0, 10);

/** A value the document accepts, from its example where it gives one. */
export function validValue(api: Api, schema: Schema, random: Random, depth = 0): unknown {
  const resolved = api.resolve(schema);
  const example = resolved.example ?? resolved.examples?.[0];
  if (example !== undefined && typeOf(resolved) !== 'object') return example;
  if (resolved.enum?.length) return resolved.enum.find((value) => value !== null);
  switch (typeOf(resolved)) {
    case 'object': {
      const value: Record<string, unknown> = {};
      if (depth > 3) return value;
      for (const [name, property] of Object.entries(resolved.properties ?? {})) {
        value[name] = validValue(api, property, random, depth + 1);
      }
      return value;
    }
    case 'array':
      return resolved.items ? [validValue(api, resolved.items, random, depth + 1)] : [];
    case 'integer':
      return Math.max(resolved.minimum ?? 1, 1);
    case 'number':
      return Math.max(resolved.minimum ?? 1, 1);
    case 'boolean':
      return false;
    default:
      return validString(resolved, random);
  }
}

function validString(schema: Schema, random: Random): string {
  switch (schema.format) {
    case 'uuid':
      return random.uuid();
    case 'date':
      return TODAY;
    case 'date-time':
      return new Date().toISOString();
    case 'email':
      return 'abuse.suite@example.org';
    default:
      return 'Abuse suite';
  }
}

/** Values of a field's kind that are wrong for it, each with what the document says of it. */
function hostileValues(
  api: Api,
  schema: Schema,
): { label: string; value: unknown; expect: Case['expect'] }[] {
  const resolved = api.resolve(schema);
  const type = typeOf(resolved);
  const refuse = (label: string, value: unknown) => ({ label, value, expect: 'refuse' as const });
  const survive = (label: string, value: unknown) => ({ label, value, expect: 'survive' as const });
  if (resolved.enum?.length)
    return [refuse('an unknown enum value', 'NOT_A_VALUE'), refuse('NUL', NUL)];
  switch (type) {
    case 'object':
      return [refuse('a string for an object', 'x'), refuse('an array for an object', [])];
    case 'array':
      return [refuse('a string for an array', 'x'), refuse('an object for an array', {})];
    case 'integer':
      return [
        refuse('text for a number', 'abc'),
        refuse('a number too big for any integer', 1e30),
        refuse('a fraction for an integer', 1.5),
        {
          label: 'a negative number',
          value: -1,
          expect: (resolved.minimum ?? resolved.exclusiveMinimum ?? -1) >= 0 ? 'refuse' : 'survive',
        },
      ];
    case 'number':
      return [
        refuse('text for a number', 'abc'),
        {
          label: 'a huge number',
          value: 1e308,
          expect: resolved.maximum !== undefined ? 'refuse' : 'survive',
        },
        {
          label: 'a negative number',
          value: -1,
          expect: (resolved.minimum ?? resolved.exclusiveMinimum ?? -1) >= 0 ? 'refuse' : 'survive',
        },
      ];
    case 'boolean':
      return [refuse('a word for a boolean', 'maybe')];
    default:
      return stringValues(resolved);
  }
}

function stringValues(schema: Schema) {
  const refuse = (label: string, value: unknown) => ({ label, value, expect: 'refuse' as const });
  const survive = (label: string, value: unknown) => ({ label, value, expect: 'survive' as const });
  switch (schema.format) {
    case 'uuid':
      return [
        refuse('a bad UUID', 'not-a-uuid'),
        refuse('NUL', NUL),
        refuse('an object for a UUID', {}),
      ];
    case 'date':
      return [refuse('a date that does not exist', '2026-02-30'), refuse('a bad date', 'tomorrow')];
    case 'date-time':
      return [refuse('a bad date-time', '2026-13-45T25:61:00Z'), refuse('NUL', NUL)];
    default: {
      // Bidi overrides are valid text; a long string is invalid only where a limit is documented.
      const limited = schema.maxLength !== undefined && schema.maxLength < HUGE.length;
      return [
        refuse('NUL', NUL),
        survive('bidi overrides', BIDI),
        limited
          ? refuse('a 100k-character string', HUGE)
          : survive('a 100k-character string', HUGE),
        refuse('an object for a string', { nested: true }),
      ];
    }
  }
}

function setAt(
  target: unknown,
  path: (string | number)[],
  value: unknown,
  remove = false,
): unknown {
  const copy = structuredClone(target) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** Every field of a body schema down to nested objects and the first element of lists. */
function fields(api: Api, schema: Schema, prefix: (string | number)[] = [], depth = 0) {
  const found: { path: (string | number)[]; schema: Schema; required: boolean }[] = [];
  const resolved = api.resolve(schema);
  if (typeOf(resolved) !== 'object' || depth > 2) return found;
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const path = [...prefix, name];
    const inner = api.resolve(property);
    found.push({ path, schema: inner, required: (resolved.required ?? []).includes(name) });
    if (typeOf(inner) === 'object') found.push(...fields(api, inner, path, depth + 1));
    if (typeOf(inner) === 'array' && inner.items) {
      found.push(...fields(api, inner.items, [...path, 0], depth + 1));
    }
  }
  return found;
}

function label(path: (string | number)[]): string {
  return path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
    .join('')
    .slice(1);
}

/** Valid values for the path parameters: ids of nothing, so a case can change no real record. */
export function basePath(operation: Operation, random: Random): Record<string, string> {
  const values: Record<string, string> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const schema = parameter.schema ?? {};
    values[parameter.name] =
      schema.format === 'uuid' || /id$/i.test(parameter.name) ? random.uuid() : 'abuse-suite';
  }
  return values;
}

/** Every case for one operation: its body, its query parameters, then its path parameters. */
export function casesOf(api: Api, operation: Operation, random: Random): Case[] {
  const path = basePath(operation, random);
  const cases: Case[] = [];
  const base = (input: string, expect: Case['expect']): Case => ({
    input,
    expect,
    path,
    query: {},
  });
  if (operation.body) {
    const valid = validValue(api, operation.body, random);
    cases.push({ ...base('a body that is not JSON', 'refuse'), raw: '{"unclosed": ' });
    if (typeOf(operation.body) === 'object') {
      cases.push({ ...base('an array for the body', 'refuse'), json: [] });
      cases.push({
        ...base('an unknown field', 'survive'),
        json: { ...(valid as object), unknownField: NUL },
      });
    }
    for (const field of fields(api, operation.body)) {
      if (field.required) {
        cases.push({
          ...base(`${label(field.path)}: missing`, 'refuse'),
          json: setAt(valid, field.path, undefined, true),
        });
      }
      for (const hostile of hostileValues(api, field.schema)) {
        cases.push({
          ...base(`${label(field.path)}: ${hostile.label}`, hostile.expect),
          json: setAt(valid, field.path, hostile.value),
        });
      }
    }
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    for (const hostile of queryValues(api, parameter)) {
      cases.push({
        ...base(`?${parameter.name}=${hostile.label}`, hostile.expect),
        query: { [parameter.name]: hostile.value },
      });
    }
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    for (const hostile of pathValues(parameter)) {
      cases.push({
        ...base(`{${parameter.name}}: ${hostile.label}`, hostile.expect),
        path: { ...path, [parameter.name]: hostile.value },
        json: operation.body ? validValue(api, operation.body, random) : undefined,
      });
    }
  }
  return cases;
}

function queryValues(api: Api, parameter: Parameter) {
  const schema = api.resolve(parameter.schema ?? {});
  const refuse = (label: string, value: string) => ({ label, value, expect: 'refuse' as const });
  const survive = (label: string, value: string) => ({ label, value, expect: 'survive' as const });
  if (parameter.name === 'cursor') {
    const crafted = Buffer.from(
      '9223372036854775807:0:00000000-0000-0000-0000-000000000001',
    ).toString('base64url');
    const farFuture = Buffer.from(
      '31556889864403199:0:00000000-0000-0000-0000-000000000001',
    ).toString('base64url');
    return [
      refuse('a cursor that is not base64', '!!not-a-cursor!!'),
      refuse('a crafted cursor (overflowing time)', crafted),
      refuse('a crafted cursor (year 1000000000)', farFuture),
      refuse('NUL', NUL),
    ];
  }
  if (parameter.name === 'limit') {
    return [
      refuse('0', '0'),
      refuse('101', '101'),
      refuse('text for a number', 'abc'),
      refuse('a huge number', '99999999999999999999'),
    ];
  }
  if (schema.enum?.length)
    return [refuse('an unknown enum value', 'NOT_A_VALUE'), refuse('NUL', NUL)];
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return [refuse('text for a number', 'abc'), refuse('a huge number', '99999999999999999999')];
    case 'boolean':
      return [refuse('a word for a boolean', 'maybe')];
  }
  switch (schema.format) {
    case 'uuid':
      return [refuse('a bad UUID', 'not-a-uuid'), refuse('NUL', NUL)];
    case 'date':
      return [refuse('a date that does not exist', '2026-02-30'), refuse('a bad date', 'tomorrow')];
    case 'date-time':
      return [refuse('a bad date-time', '2026-13-45T25:61:00Z')];
  }
  return [
    refuse('NUL', NUL),
    survive('bidi overrides', BIDI),
    survive('a 2000-character string', LONG_PARAMETER),
    survive('an unknown value', 'NOT_A_VALUE'),
  ];
}

function pathValues(parameter: Parameter) {
  const schema = parameter.schema ?? {};
  const refuse = (label: string, value: string) => ({ label, value, expect: 'refuse' as const });
  const survive = (label: string, value: string) => ({ label, value, expect: 'survive' as const });
  if (schema.format === 'uuid' || /id$/i.test(parameter.name)) {
    return [refuse('a bad UUID', 'not-a-uuid'), refuse('NUL', NUL), refuse('bidi overrides', BIDI)];
  }
  return [
    refuse('NUL', NUL),
    survive('bidi overrides', BIDI),
    survive('an unknown value', 'NOT_A_VALUE'),
  ];
}
