'use strict';
// Validation oracle: reads {schemas: {name: sdl}, cases: [{schema, source}]} on stdin and prints, per case,
// {errors: [{message, locations}]} (sorted by message, then locations) from graphql-js's validate() with its
// specifiedRules, or {parseError} when the document does not parse, or {crash} when validate() throws.
const { buildSchema, parse, validate } = require('graphql');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const schemas = {};
  for (const [name, sdl] of Object.entries(request.schemas)) schemas[name] = buildSchema(sdl);
  const results = request.cases.map(({ schema, source }) => {
    let document;
    try {
      document = parse(source);
    } catch (e) {
      return { parseError: String(e && e.message) };
    }
    try {
      const errors = validate(schemas[schema], document).map((e) => ({
        message: e.message,
        locations: (e.locations || []).map(({ line, column }) => ({ line, column })),
      }));
      const key = (e) => e.message + '\u0000' + JSON.stringify(e.locations);
      errors.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      return { errors };
    } catch (e) {
      return { crash: String(e && e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
