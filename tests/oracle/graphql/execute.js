'use strict';
// Execution oracle. Reads { schemas: { name: { sdl, root } }, cases: [{ schema, query, variables?, operationName?, introspection? }] }
// on stdin and prints a JSON array of results: { validationErrors? , result: { errors?, data? } } per case.
// Static data conventions shared with the C# side (tests/GraphQL.Tests/Execution/Support/StaticResolvers.cs):
//   - every field reads the property of the same name from its parent object (missing -> null);
//   - a string value starting with "__throw__" makes the field throw an Error whose message is the rest ("thrown" if empty);
//   - the string value "__args__" resolves to JSON.stringify(args) (the coerced arguments, in definition order);
//   - abstract values name their type in "__typename" (graphql-js's default type resolver).
const { parse, validate, execute, buildSchema, getIntrospectionQuery } = require('graphql');

function fieldResolver(source, args, context, info) {
  if (source === null || typeof source !== 'object') return null;
  const value = Object.prototype.hasOwnProperty.call(source, info.fieldName) ? source[info.fieldName] : undefined;
  if (typeof value === 'string') {
    if (value.startsWith('__throw__')) throw new Error(value.slice(9) || 'thrown');
    if (value === '__args__') return JSON.stringify(args);
  }
  return value;
}

function errorsOf(list) {
  return list.map((e) => {
    const out = { message: e.message };
    if (e.locations) out.locations = e.locations;
    if (e.path) out.path = e.path;
    return out;
  });
}

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const schemas = {};
for (const [name, s] of Object.entries(input.schemas)) schemas[name] = { schema: buildSchema(s.sdl), root: s.root };
const out = [];
for (const c of input.cases) {
  const { schema, root } = schemas[c.schema];
  const query = c.introspection ? introspectionQuery : c.query;
  const entry = {};
  try {
    const document = parse(query);
    const validationErrors = validate(schema, document);
    if (validationErrors.length) entry.validationErrors = errorsOf(validationErrors);
    const result = execute({ schema, document, rootValue: root, variableValues: c.variables, operationName: c.operationName, fieldResolver });
    if (typeof result.then === 'function') throw new Error('unexpected async result');
    entry.result = {};
    if (result.errors) entry.result.errors = errorsOf(result.errors);
    if ('data' in result) entry.result.data = result.data;
  } catch (e) {
    entry.exception = String(e.message);
  }
  out.push(entry);
}
process.stdout.write(JSON.stringify(out));
