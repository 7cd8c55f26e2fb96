// The MongoDB store's query model, written independently of the C# translator (src/Storage/Mongo) from the
// layout described in src/Storage/Mongo/README.md: documents { _id, v, d }, field paths under "d.".
// Inputs are plain JSON descriptions made by the tests:
//   value:  { t: 's'|'i'|'d'|'b'|'n'|'list', v }   (integers as decimal strings)
//   filter: { and: [filter] } | { or: [filter] } | { path, op, value }
//   order:  [{ path, desc }]
'use strict';
const { Int32, Long, Double, EJSON } = require('bson');

const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;

function value(desc) {
  switch (desc.t) {
    case 's': return desc.v;
    case 'b': return desc.v;
    case 'n': return null;
    case 'd': return new Double(desc.v);
    case 'i': {
      const n = BigInt(desc.v);
      return n >= INT32_MIN && n <= INT32_MAX ? new Int32(Number(n)) : Long.fromBigInt(n);
    }
    case 'list': return desc.v.map(value);
    default: throw new Error('unknown value ' + JSON.stringify(desc));
  }
}

function integer(n) {
  const b = BigInt(n);
  return b >= INT32_MIN && b <= INT32_MAX ? new Int32(Number(b)) : Long.fromBigInt(b);
}

// A plain JSON document as BSON types: integers int32/int64 by size, other numbers double.
function document(json) {
  return EJSON.parse(JSON.stringify(json), { relaxed: false });
}

const stored = path => 'd.' + path;

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\0/g, '\\x00');
}

function filter(f) {
  if (f === null || f === undefined) return {};
  if (f.and) return f.and.length === 0 ? {} : { $and: f.and.map(filter) };
  if (f.or) return f.or.length === 0 ? { _id: { $in: [] } } : { $or: f.or.map(filter) };
  const p = stored(f.path);
  const v = value(f.value);
  const isString = f.value.t === 's';
  switch (f.op) {
    case 'Eq': return { [p]: v };
    case 'Neq': return { [p]: { $ne: v } };
    case 'In': return { [p]: { $in: v } };
    case 'Nin': return { [p]: { $nin: v } };
    case 'ArrayContains': return { [p]: { $elemMatch: { $eq: v } } };
  }
  if (v === null) throw new Error(`${f.op} cannot compare with null`);
  switch (f.op) {
    case 'Gt': return { [p]: { $gt: v } };
    case 'Gte': return { [p]: { $gte: v } };
    case 'Lt': return { [p]: { $lt: v } };
    case 'Lte': return { [p]: { $lte: v } };
    case 'Contains': if (isString) return { [p]: { $regex: escapeRegex(v) } }; break;
    case 'StartsWith': if (isString) return { [p]: { $regex: '^' + escapeRegex(v) } }; break;
  }
  throw new Error(`${f.op} needs a string value`);
}

function combine(parts) {
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0];
  return { $and: parts };
}

function sort(order, reverse) {
  const s = new Map();
  for (const k of order) s.set(stored(k.path), (!!k.desc !== !!reverse) ? -1 : 1);
  s.set('_id', reverse ? -1 : 1);
  return s;
}

// Keyset paging: strictly after (values, id). Missing/null sort first ascending, last descending.
function after(order, values, id, reverse) {
  const keys = order.map((k, i) => ({ path: stored(k.path), desc: !!k.desc !== !!reverse, value: value(values[i]) }));
  keys.push({ path: '_id', desc: !!reverse, value: id });
  const or = [];
  for (let i = 0; i < keys.length; i++) {
    const { path, desc, value: v } = keys[i];
    let beyond;
    if (!desc) beyond = v === null ? { [path]: { $ne: null } } : { [path]: { $gt: v } };
    else if (v === null) continue;
    else beyond = { $or: [{ [path]: { $lt: v } }, { [path]: null }] };
    const equal = keys.slice(0, i).map(k => ({ [k.path]: k.value }));
    or.push(equal.length === 0 ? beyond : { $and: [...equal, beyond] });
  }
  return { $or: or };
}

function overlap(a, b) { return a === b || a.startsWith(b + '.') || b.startsWith(a + '.'); }

// Atomic updates as one pipeline: create d from the seed when missing, bump v, then apply each change.
function updatePipeline(updates, seed) {
  if (updates.length === 0) throw new Error('no updates');
  const apply = {};
  updates.forEach((u, i) => {
    for (let j = 0; j < i; j++) if (overlap(updates[j].path, u.path)) throw new Error('overlapping updates');
    const p = stored(u.path);
    const v = value(u.value);
    const lit = { $literal: v };
    switch (u.kind) {
      case 'Increment':
        if (!(u.value.t === 'i' || u.value.t === 'd')) throw new Error('increment needs a number');
        apply[p] = { $add: [{ $ifNull: ['$' + p, new Int32(0)] }, lit] };
        break;
      case 'Set': apply[p] = lit; break;
      case 'Max': apply[p] = { $max: ['$' + p, lit] }; break;
      case 'Min': apply[p] = { $min: ['$' + p, lit] }; break;
      default: throw new Error('unknown update ' + u.kind);
    }
  });
  return [
    { $set: { d: { $ifNull: ['$d', { $literal: document(seed || {}) }] }, v: { $add: [{ $ifNull: ['$v', new Int32(0)] }, new Int32(1)] } } },
    { $set: apply },
  ];
}

function indexModels(indexes, unique) {
  const models = [];
  const keyOf = fields => Object.fromEntries(fields.map(f => [stored(f), 1]));
  const nameOf = fields => fields.map(f => stored(f) + '_1').join('_');
  // Plain indexes end with _id (the keyset tie-breaker); unique ones must not (it would make any key unique).
  for (const fields of indexes || []) models.push({ key: { ...keyOf(fields), _id: 1 }, name: nameOf(fields) + '__id_1' });
  for (const fields of unique || []) {
    models.push({
      key: keyOf(fields), name: nameOf(fields), unique: true,
      partialFilterExpression: Object.fromEntries(fields.map(f => [stored(f), { $exists: true }])),
    });
  }
  return models;
}

module.exports = { value, integer, document, filter, combine, sort, after, updatePipeline, indexModels, escapeRegex };
