'use strict';
// Schema oracle: reads a JSON array of SDL sources on stdin and prints, for each, { ok: true } when graphql-js's
// buildSchema accepts it (with full schema validation) or { ok: false, errors: [messages] }.
const { buildSchema, validateSchema } = require('graphql');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((sdl) => {
    try {
      const schema = buildSchema(sdl);
      const errors = validateSchema(schema);
      return errors.length ? { ok: false, errors: errors.map((e) => e.message) } : { ok: true };
    } catch (e) {
      return { ok: false, errors: [String(e && e.message)] };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
