'use strict';
// Schema oracle for the type-system tests. Reads a JSON array of cases on stdin, prints a JSON array of results.
//   { op: 'validate', sdl }            -> { errors: [{ message, locations }] }: validateSDL's errors, or, when there are none,
//                                          validateSchema's errors for buildASTSchema(doc) ({ parseError } if it does not parse)
//   { op: 'print', sdl, ours? }        -> { printed, oursPrinted?, oursError? }: printSchema(buildSchema(sdl)), and the same
//                                          for our printed SDL (to check that graphql-js reads our output as the same schema)
//   { op: 'introspectionSdl', sdl }    -> { printed }: printIntrospectionSchema(buildSchema(sdl))
//   { op: 'valueFromAST', sdl, type, literal, variables? } -> { value } or { undefined: true }: valueFromAST(literal, type)
//   { op: 'introspection', sdl }       -> { data }: introspectionFromSchema(buildSchema(sdl)) with every option on
//   { op: 'typeMap', sdl }             -> { types, possible, directives }: type-map order, possible types of each abstract type,
//                                          directive order
//   { op: 'scalar', scalar, method, value | literal }
//                                      -> { value } or { error }: GraphQL<scalar>.serialize / parseValue (value is JSON) or
//                                          parseLiteral (literal is GraphQL value text); undefined is reported as { undefined: true }
//   { op: 'enum', sdl, type, method, value | literal } -> same for an enum type of a schema
const graphql = require('graphql');
const { validateSDL } = require('graphql/validation/validate');
const { parse, parseValue, buildASTSchema, buildSchema, validateSchema, printSchema, printIntrospectionSchema } = graphql;

function errorsOf(list) {
  return list.map((e) => ({ message: e.message, locations: (e.locations || []).map((l) => [l.line, l.column]) }));
}

function validate(sdl) {
  let doc;
  try {
    doc = parse(sdl);
  } catch (e) {
    return { parseError: String(e.message) };
  }
  const sdlErrors = validateSDL(doc);
  if (sdlErrors.length) return { errors: errorsOf(sdlErrors) };
  try {
    const schema = buildASTSchema(doc, { assumeValidSDL: true });
    return { errors: errorsOf(validateSchema(schema)) };
  } catch (e) {
    return { buildError: String(e.message) };
  }
}

function print(c) {
  const result = {};
  try {
    result.printed = printSchema(buildSchema(c.sdl));
  } catch (e) {
    result.error = String(e.message);
  }
  if (c.ours !== undefined) {
    try {
      result.oursPrinted = printSchema(buildSchema(c.ours));
    } catch (e) {
      result.oursError = String(e.message);
    }
  }
  return result;
}

function coerce(type, c) {
  try {
    let out;
    if (c.method === 'parseLiteral') out = type.parseLiteral(parseValue(c.literal), undefined);
    else out = type[c.method](c.value);
    if (out === undefined) return { undefined: true };
    if (typeof out === 'number' && !Number.isFinite(out)) return { nonFinite: String(out) };
    return { value: out };
  } catch (e) {
    return { error: String(e.message) };
  }
}

function run(c) {
  switch (c.op) {
    case 'validate':
      return validate(c.sdl);
    case 'print':
      return print(c);
    case 'typeMap': {
      const schema = buildSchema(c.sdl);
      const possible = {};
      for (const t of Object.values(schema.getTypeMap())) {
        if (graphql.isAbstractType(t)) possible[t.name] = schema.getPossibleTypes(t).map((p) => p.name);
      }
      return { types: Object.keys(schema.getTypeMap()), possible, directives: schema.getDirectives().map((d) => d.name) };
    }
    case 'valueFromAST': {
      const schema = buildSchema(c.sdl);
      const type = graphql.typeFromAST(schema, graphql.parseType(c.type));
      const out = graphql.valueFromAST(parseValue(c.literal), type, c.variables);
      return out === undefined ? { undefined: true } : { value: out };
    }
    case 'introspection':
      return {
        data: graphql.introspectionFromSchema(buildSchema(c.sdl), {
          descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
        }),
      };
    case 'introspectionSdl':
      return { printed: printIntrospectionSchema(buildSchema(c.sdl)) };
    case 'scalar':
      return coerce(graphql['GraphQL' + c.scalar], c);
    case 'enum':
      return coerce(buildSchema(c.sdl).getType(c.type), c);
    default:
      return { crash: 'unknown op ' + c.op };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((c) => {
    try {
      return run(c);
    } catch (e) {
      return { crash: String(e && e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
