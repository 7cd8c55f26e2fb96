// BSON oracle: the official `bson` package judges our bytes and produces its own.
// stdin: JSON array of { ejson?: string, hex?: string }
// stdout: JSON array of {
//   fromHex?: { canonical, relaxed } | { error },   // bson decodes our bytes
//   fromEjson?: { hex, canonical } | { error }      // bson parses the EJSON, encodes it, and decodes its own bytes
// }
'use strict';
const { BSON, EJSON } = require('bson');

const decodeOptions = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true };

function decode(hex) {
  try {
    const doc = BSON.deserialize(Buffer.from(hex, 'hex'), decodeOptions);
    return {
      canonical: EJSON.stringify(doc, { relaxed: false }),
      relaxed: EJSON.stringify(doc, { relaxed: true }),
    };
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
}

function encode(text) {
  try {
    const value = EJSON.parse(text, { relaxed: false });
    const bytes = BSON.serialize(value);
    const back = BSON.deserialize(bytes, decodeOptions);
    return { hex: Buffer.from(bytes).toString('hex'), canonical: EJSON.stringify(back, { relaxed: false }) };
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', c => { input += c; });
process.stdin.on('end', () => {
  const items = JSON.parse(input);
  const out = items.map(item => {
    const r = {};
    if (item.hex !== undefined) r.fromHex = decode(item.hex);
    if (item.ejson !== undefined) r.fromEjson = encode(item.ejson);
    return r;
  });
  process.stdout.write(JSON.stringify(out));
});
