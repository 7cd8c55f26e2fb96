// Store command oracle: the official `mongodb` driver performs the StudyGraph Mongo store's operations (the
// layout and queries of store-model.js) against the test project's capture server (argv[2] = port,
// argv[3] = database). stdin: JSON array of operations; stdout: JSON array of per-operation results.
'use strict';
const { MongoClient } = require('mongodb');
const model = require('./store-model');

async function perform(db, op) {
  const coll = db.collection(op.collection);
  const where = op.where === undefined ? null : op.where;
  switch (op.op) {
    case 'open': {
      const models = model.indexModels(op.indexes, op.unique);
      return models.length === 0 ? [] : await coll.createIndexes(models);
    }
    case 'insert':
      return (await coll.insertOne({ _id: op.id, v: model.integer(1), d: model.document(op.doc) })).acknowledged;
    case 'get':
      return !!(await coll.findOne({ _id: op.id }, { projection: { d: 1 } }));
    case 'getVersion':
      return !!(await coll.findOne({ _id: op.id }, { projection: { v: 1 } }));
    case 'getMany':
      return (await coll.find({ _id: { $in: op.ids } }, { projection: { d: 1 } }).toArray()).length;
    case 'upsertMany':
      return (await coll.bulkWrite(op.docs.map(x => ({
        updateOne: { filter: { _id: x.id }, update: { $set: { d: model.document(x.doc) }, $inc: { v: model.integer(1) } }, upsert: true },
      })), { ordered: true })).upsertedCount;
    case 'replace':
      return (await coll.replaceOne({ _id: op.id, v: model.integer(op.expectedVersion) },
        { v: model.integer(op.expectedVersion + 1), d: model.document(op.doc) })).matchedCount;
    case 'update':
      return (await coll.updateOne({ _id: op.id }, model.updatePipeline(op.updates, op.seed), { upsert: true })).acknowledged;
    case 'find': {
      const parts = [];
      if (where !== null) parts.push(model.filter(where));
      if (op.after) parts.push(model.after(op.order, op.after.values, op.after.id, false));
      if (op.before) parts.push(model.after(op.order, op.before.values, op.before.id, true));
      const docs = await coll.find(model.combine(parts), {
        sort: model.sort(op.order, !!op.fromEnd), projection: { d: 1 }, limit: op.limit + 1,
      }).toArray();
      return docs.length;
    }
    case 'count':
      return await coll.countDocuments(model.filter(where));
    case 'delete':
      return (await coll.deleteOne({ _id: op.id })).deletedCount;
    case 'deleteMany':
      return (await coll.deleteMany(model.filter(where))).deletedCount;
    default:
      throw new Error('unknown operation ' + op.op);
  }
}

async function main(ops) {
  const port = process.argv[2];
  const database = process.argv[3];
  const client = new MongoClient(`mongodb://127.0.0.1:${port}/${database}?directConnection=true&serverSelectionTimeoutMS=5000&w=majority`);
  await client.connect();
  await client.db('admin').command({ ping: 1 });
  const db = client.db(database);
  const results = [];
  for (const op of ops) results.push(await perform(db, op));
  await client.close();
  process.stdout.write(JSON.stringify(results));
}

let input = '';
process.stdin.on('data', d => { input += d; });
process.stdin.on('end', () => main(JSON.parse(input)).catch(e => { console.error(e); process.exit(1); }));
