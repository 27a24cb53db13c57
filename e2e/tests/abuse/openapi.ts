import type { APIRequestContext } from '@playwright/test';

/** The part of an OpenAPI 3.x schema the suite reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  id: string;
  method: string;
  /** The gateway's path template, e.g. `/api/payments/v1/claims/{id}`. */
  path: string;
  /** Roles and scopes the operation admits. */
  roles: string[];
  parameters: Parameter[];
  body?: Schema;
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The gateway's merged document: every service's operations under the gateway's paths. */
export async function loadApi(api: APIRequestContext): Promise<Api> {
  const response = await api.get(process.env.ABUSE_OPENAPI_URL ?? '/q/openapi?format=json');
  if (!response.ok()) throw new Error(`No OpenAPI document: ${response.status()}`);
  return new Api((await response.json()) as Document);
}

export class Api {
  readonly operations: Operation[];

  constructor(private readonly document: Document) {
    this.operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, raw]) => this.operation(path, method, raw, item)),
    );
  }

  private operation(
    path: string,
    method: string,
    raw: RawOperation,
    item: Record<string, unknown>,
  ): Operation {
    const shared = (item.parameters as Parameter[] | undefined) ?? [];
    const json = raw.requestBody?.content?.['application/json']?.schema;
    return {
      id: raw.operationId ?? `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      roles: [
        ...new Set(
          (raw.security ?? []).flatMap((requirement) => Object.values(requirement).flat()),
        ),
      ],
      parameters: [...shared, ...(raw.parameters ?? [])].map((parameter) => ({
        ...parameter,
        schema: parameter.schema ? this.resolve(parameter.schema) : undefined,
      })),
      body: json ? this.resolve(json) : undefined,
    };
  }

  /** The schema with its `$ref` followed and `allOf` merged (nested schemas stay lazy). */
  resolve(schema: Schema): Schema {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = this.document.components?.schemas?.[name];
      if (!target) throw new Error(`Unresolved ${schema.$ref}`);
      return this.resolve({ ...target, ...withoutRef(schema) });
    }
    if (schema.allOf) {
      return schema.allOf
        .map((part) => this.resolve(part))
        .reduce<Schema>(
          (merged, part) => ({
            ...merged,
            ...part,
            properties: { ...merged.properties, ...part.properties },
            required: [...(merged.required ?? []), ...(part.required ?? [])],
          }),
          withoutAllOf(schema),
        );
    }
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) {
      const concrete = alternatives.map((part) => this.resolve(part)).find((part) => !isNull(part));
      return concrete ? { ...concrete, ...withoutAlternatives(schema) } : schema;
    }
    return schema;
  }
}

function withoutRef(schema: Schema): Schema {
  const { $ref: _ignored, ...rest } = schema;
  return rest;
}

function withoutAllOf(schema: Schema): Schema {
  const { allOf: _ignored, ...rest } = schema;
  return rest;
}

function withoutAlternatives(schema: Schema): Schema {
  const { oneOf: _one, anyOf: _any, ...rest } = schema;
  return rest;
}

function isNull(schema: Schema): boolean {
  return schema.type === 'null';
}

/** The JSON type of a schema, ignoring a `null` alternative (OpenAPI 3.1's nullable). */
export function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.enum) return 'string';
  return undefined;
}

/** The path with its parameters filled in, each value encoded as one segment. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_whole, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}
