'use strict';
// Parse oracle: reads a JSON array of GraphQL sources on stdin and prints a JSON array with, for each source,
// { ok: true, printed } (graphql-js's print of the parsed document) or { ok: false, error: { message, line, column } }.
// A non-GraphQL failure (e.g. RangeError from very deep nesting) is reported as { ok: false, crash: message }.
// Options: --maxTokens=N passes graphql-js's maxTokens parser option.
const { parse, print } = require('graphql');

const options = {};
for (const arg of process.argv.slice(2)) {
  const m = /^--maxTokens=(\d+)$/.exec(arg);
  if (m) options.maxTokens = Number(m[1]);
}

// JSON readers differ on unpaired surrogates (System.Text.Json refuses them), so they travel as "<U+D800>" text.
// The C# side marks its own output the same way before comparing.
const markLoneSurrogates = (s) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const sources = JSON.parse(input);
  const results = sources.map((source) => {
    try {
      return { ok: true, printed: markLoneSurrogates(print(parse(source, options))) };
    } catch (e) {
      if (e && e.locations && e.locations.length) {
        const { line, column } = e.locations[0];
        return { ok: false, error: { message: markLoneSurrogates(e.message), line, column } };
      }
      return { ok: false, crash: String(e && e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
