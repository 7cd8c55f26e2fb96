// Filter-translation oracle: the independent JS model (store-model.js) translates each case; we print
// canonical Extended JSON (bson's EJSON) so the C# test can compare with its own translation.
// stdin: JSON array of { kind: 'filter', filter } | { kind: 'after', order, values, id, reverse }
//                     | { kind: 'sort', order, reverse } | { kind: 'update', updates, seed } | { kind: 'indexes', indexes, unique }
// stdout: JSON array of { ejson } | { error }
'use strict';
const { EJSON } = require('bson');
const model = require('./store-model');

function run(c) {
  switch (c.kind) {
    case 'filter': return { f: model.filter(c.filter) };
    case 'after': return { f: model.after(c.order, c.values, c.id, c.reverse) };
    case 'sort': return { s: model.sort(c.order, c.reverse) };
    case 'update': return { p: model.updatePipeline(c.updates, c.seed) };
    case 'indexes': return { i: model.indexModels(c.indexes, c.unique).map(m => ({ name: m.name, ...(m.unique ? { unique: true, partialFilterExpression: m.partialFilterExpression } : {}), key: m.key })) };
    default: throw new Error('unknown kind ' + c.kind);
  }
}

let input = '';
process.stdin.on('data', d => { input += d; });
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  const out = cases.map(c => {
    try {
      return { ejson: EJSON.stringify(run(c), { relaxed: false }) };
    } catch (e) {
      return { error: String(e && e.message || e) };
    }
  });
  process.stdout.write(JSON.stringify(out));
});
