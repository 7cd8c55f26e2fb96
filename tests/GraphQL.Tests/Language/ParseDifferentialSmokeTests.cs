using StudyGraph.GraphQL.Tests.Language.Support;

namespace StudyGraph.GraphQL.Tests.Language;

public sealed class ParseDifferentialSmokeTests
{
    [Fact]
    public void Small_documents_agree_with_graphql_js()
    {
        string[] sources =
        [
            "{ a }", "query { a(x: \"\"\"  hi\n  there\"\"\") }", "{", "type X { a: Int }", "query Q($a: Int = $b) { x }",
            "query Q($a: [Int!]! = [1, 2] @d) @x { ...F ... on T { b } ... @skip(if: true) { c } }\nfragment F on T { z: y(a: {b: [1.5e3, \"s\\u00e9\\u{1F600}\", ENUM, null, true]}) }",
            "\"\"\"desc\"\"\" type A implements B & C @d { \"f\" f(a: Int = 1 @x): [String!]! @deprecated }",
            "extend schema @a", "extend type A implements B", "directive @d(a: Int) repeatable on FIELD | QUERY",
            "directive @d on FOO", "enum E { true }", "fragment on on T { a }", "{ a(b: 01) }", "{ a(b: 1.) }", "{ a(b: 1a) }",
            "{ a(b: \"\\x\") }", "{ a(b: \"\\u{110000}\") }", "{ a(b: \"\\uD800\") }", "{ a(b: \"\\uD83D\\uDE00\") }", "'", "\u0007", "\uD800",
            "{ a(b: \"unterminated", "{ a(b: \"\"\"x\\\"\"\"y\"\"\") }", "\"d\" query { a }", "extend foo", "query Q($v: Int = $x) { a }",
            "{ a(b: $) }", "\r\n\r\n  { a }\r x", "{ a }\n\n{ b }",
            "schema { query: Q mutation: M }", "union U = | A | B", "input I @oneOf { a: Int, b: String }",
        ];
        var problems = ParseOracle.Disagreements(sources);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
