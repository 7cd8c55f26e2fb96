// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a running server.
// stdin: {"url": "http://127.0.0.1:PORT/graphql"}; stdout: [{"id","name","status","reason"}] for every audit.
'use strict';
const { serverAudits } = require('graphql-http');

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const results = [];
  for (const audit of serverAudits({ url: input.url })) {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
