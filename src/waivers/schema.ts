// The JSON Schema (draft-07; checked by config/validate.ts) of the waiver file. Owns what a well-formed waiver is;
// semantics that a schema cannot say (real calendar dates, duplicate ids, far-off expiries) are
// checked in parse.ts.

export const WAIVER_FIELDS = ['id', 'policy', 'path', 'resource', 'fingerprint', 'owner', 'reason', 'expires', 'ticket'] as const;

export const waiverFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['waivers'],
  properties: {
    version: { const: 1 },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'policy', 'path', 'owner', 'reason', 'expires'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
          policy: { type: 'string', minLength: 1 },
          path: { type: 'string', minLength: 1 },
          resource: { type: 'string', minLength: 1 },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          owner: { type: 'string', pattern: '^(@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$' },
          reason: { type: 'string', pattern: '\\S' },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          ticket: { type: 'string', pattern: '^https?://\\S+$' },
        },
      },
    },
  },
} as const;
