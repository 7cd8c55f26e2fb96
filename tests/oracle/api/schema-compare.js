// Reads {contract, introspection, sdl} on stdin; prints graphql-js's printSchema of each:
// the contract file, the server's introspection result (buildClientSchema) and the server's ?sdl text.
const { buildSchema, buildClientSchema, printSchema } = require('graphql');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const { contract, introspection, sdl } = JSON.parse(input);
  const out = {};
  const attempt = (name, f) => {
    try { out[name] = f(); } catch (e) { out[name] = 'ERROR: ' + e.message; }
  };
  attempt('contract', () => printSchema(buildSchema(contract)));
  attempt('introspection', () => printSchema(buildClientSchema(introspection)));
  attempt('sdl', () => printSchema(buildSchema(sdl)));
  process.stdout.write(JSON.stringify(out));
});
