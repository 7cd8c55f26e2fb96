// Command oracle: the official `mongodb` driver performs the fixed list of StudyGraph store operations against
// the test project's capture server (argv[2] = port). The server records the commands; we print the results.
'use strict';
const { MongoClient } = require('mongodb');

async function main() {
  const port = process.argv[2];
  const client = new MongoClient(`mongodb://127.0.0.1:${port}/?directConnection=true&serverSelectionTimeoutMS=5000&w=majority`);
  await client.connect();
  const coll = client.db('studygraph').collection('questions');
  const out = {};
  out.insertOne = (await coll.insertOne({ _id: 'q1', examId: 'aws-saa-c03', difficulty: 1, tags: ['vpc', 'iam'] })).acknowledged;
  out.insertMany = (await coll.insertMany([
    { _id: 'q2', examId: 'aws-saa-c03', difficulty: 2, weight: 0.5 },
    { _id: 'q3', examId: 'az-104', difficulty: 3, createdAt: new Date(1700000000123) },
  ])).insertedCount;
  out.find = (await coll.find({ examId: 'aws-saa-c03', difficulty: { $gte: 1 } },
    { sort: { difficulty: -1, _id: 1 }, projection: { text: 0 }, limit: 10, skip: 5 }).toArray()).length;
  out.findBatches = (await coll.find({ examId: 'aws-saa-c03' }, { batchSize: 2 }).toArray()).length;
  const cursor = coll.find({}, { batchSize: 2 });
  out.firstOfCursor = (await cursor.next())._id;
  await cursor.close();
  const up = await coll.updateOne({ _id: 'q1' }, { $set: { text: 'Which service?' }, $inc: { version: 1 } }, { upsert: true });
  out.updateOne = up.modifiedCount;
  out.arrayFilters = (await coll.updateOne({ _id: 's1' }, { $set: { 'answers.$[a].flagged': true } },
    { arrayFilters: [{ 'a.questionId': 'q1' }] })).matchedCount;
  out.updateMany = (await coll.updateMany({ examId: 'az-104' }, { $set: { retired: true } })).modifiedCount;
  const fam = await coll.findOneAndUpdate({ _id: 'q1', version: 1 }, { $inc: { version: 1 } }, { returnDocument: 'after', upsert: false });
  out.findOneAndUpdate = fam && fam._id;
  out.replaceOne = (await coll.replaceOne({ _id: 'q2' }, { examId: 'aws-saa-c03', difficulty: 4 }, { upsert: true })).matchedCount;
  const deleted = await coll.findOneAndDelete({ examId: 'az-104' }, { sort: { difficulty: -1 }, projection: { _id: 1 } });
  out.findOneAndDelete = deleted && deleted._id;
  out.deleteOne = (await coll.deleteOne({ _id: 'q3' })).deletedCount;
  out.deleteMany = (await coll.deleteMany({ examId: 'retired-exam' })).deletedCount;
  out.aggregate = (await coll.aggregate([{ $match: { examId: 'aws-saa-c03' } }, { $sort: { difficulty: 1 } }, { $limit: 5 }]).toArray()).length;
  out.countDocuments = await coll.countDocuments({ examId: 'aws-saa-c03' });
  out.findOne = (await coll.findOne({ _id: 'q1' }, { projection: { examId: 1 } }))._id;
  out.pipelineUpsert = (await coll.updateOne({ _id: 'stats1' },
    [{ $set: { n: { $add: [{ $ifNull: ['$n', 0] }, 1] } } }], { upsert: true })).acknowledged;
  out.bulkUpdate = (await coll.bulkWrite([
    { updateOne: { filter: { _id: 'q1' }, update: { $set: { d: { a: 1 } }, $inc: { v: 1 } }, upsert: true } },
    { replaceOne: { filter: { _id: 'q2' }, replacement: { v: 2, d: { a: 2 } } } },
  ], { ordered: true })).matchedCount;
  out.createIndexes = await coll.createIndexes([
    { key: { examId: 1, topicId: 1 }, name: 'examId_1_topicId_1' },
    { key: { email: 1 }, name: 'email_1', unique: true },
  ]);
  out.listIndexes = (await coll.listIndexes().toArray()).length;
  out.drop = await coll.drop();
  await client.close();
  process.stdout.write(JSON.stringify(out));
}

main().catch(e => { console.error(e); process.exit(1); });
