// The parts of the Frictionless Data Package v1 and Table Schema v1 JSON schemas
// (specs.frictionlessdata.io/schemas/data-package.json, table-schema.json, tabular-data-resource.json)
// that an exported datapackage.json must satisfy, written out for ajv (draft-07).

const pathString = {
  type: "string",
  // Relative POSIX paths only: no leading "/", "." or "~", and no ".." anywhere (spec: "path" security).
  pattern: "^(?=^[^./~])(^((?!\\.{2}).)*$).*$",
};

const stringOrArray = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] };

export const FIELD_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
] as const;

export const tableSchema = {
  $id: "https://specs.frictionlessdata.io/schemas/table-schema.json",
  type: "object",
  required: ["fields"],
  properties: {
    fields: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          title: { type: "string" },
          description: { type: "string" },
          type: { enum: [...FIELD_TYPES] },
          format: { type: "string" },
          constraints: {
            type: "object",
            properties: { required: { type: "boolean" }, unique: { type: "boolean" } },
          },
        },
      },
    },
    primaryKey: stringOrArray,
    foreignKeys: {
      type: "array",
      minItems: 1, // as the official profile: "Array is too short (0), minimum 1"
      items: {
        type: "object",
        required: ["fields", "reference"],
        properties: {
          fields: stringOrArray,
          reference: {
            type: "object",
            required: ["resource", "fields"],
            properties: { resource: { type: "string" }, fields: stringOrArray },
          },
        },
      },
    },
    missingValues: { type: "array", items: { type: "string" } },
  },
} as const;

const resourceName = { type: "string", pattern: "^([-a-z0-9._/])+$" };

export const dataResource = {
  $id: "https://specs.frictionlessdata.io/schemas/data-resource.json",
  type: "object",
  required: ["name", "path"],
  properties: {
    profile: { type: "string" },
    name: resourceName,
    path: { oneOf: [pathString, { type: "array", minItems: 1, items: pathString }] },
    title: { type: "string" },
    description: { type: "string" },
    format: { type: "string" },
    mediatype: { type: "string", pattern: "^(.+)/(.+)$" },
    encoding: { type: "string" },
    bytes: { type: "integer" },
    hash: { type: "string", pattern: "^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$" },
    schema: { $ref: "https://specs.frictionlessdata.io/schemas/table-schema.json" },
    dialect: {
      type: "object",
      properties: {
        delimiter: { type: "string", minLength: 1, maxLength: 1 },
        lineTerminator: { type: "string" },
        quoteChar: { type: "string", minLength: 1, maxLength: 1 },
        doubleQuote: { type: "boolean" },
        header: { type: "boolean" },
      },
    },
  },
  // A tabular data resource must carry a Table Schema.
  if: { properties: { profile: { const: "tabular-data-resource" } }, required: ["profile"] },
  then: { required: ["schema"] },
} as const;

const license = {
  type: "object",
  properties: {
    name: { type: "string", pattern: "^([-a-zA-Z0-9._])+$" },
    path: { type: "string" },
    title: { type: "string" },
  },
  anyOf: [{ required: ["name"] }, { required: ["path"] }],
};

export const dataPackage = {
  $id: "https://specs.frictionlessdata.io/schemas/data-package.json",
  type: "object",
  required: ["resources"],
  properties: {
    profile: { type: "string" },
    name: { type: "string", pattern: "^([-a-z0-9._/])+$" },
    id: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    homepage: { type: "string", format: "uri" },
    created: { type: "string", format: "date-time" },
    licenses: { type: "array", minItems: 1, items: license },
    resources: {
      type: "array",
      minItems: 1,
      items: { $ref: "https://specs.frictionlessdata.io/schemas/data-resource.json" },
    },
  },
} as const;
