namespace StudyGraph.GraphQL.Tests.Utilities.Support;

/// <summary>Schemas that exercise printSchema's corner cases: descriptions, default values, deprecation, directives, extensions.</summary>
internal static class PrintCases
{
    public static IReadOnlyList<(string Name, string Sdl)> All { get; } =
    [
        ("descriptions", """"
            "single line"
            type Query {
              "field"
              a: Int
              """
              multi
              line
              """
              b(
                "arg desc"
                x: Int
                y: String
              ): String
              "with \"quotes\" and \\ backslash"
              c: Int
              """  leading spaces"""
              d: Int
              "ends with quote\""
              e: Int
              "tab\there"
              f: Int
              "control \u0001 char"
              g: Int
              "unicode é ✓ 😀"
              h: Int
              "trailing newline\n"
              i: Int
              "\n leading newline"
              j: Int
              "  indented\n  both"
              k: Int
              "a very long description that goes well beyond the seventy character limit of graphql-js block strings"
              l: Int
              ""
              m: Int
              "has \"\"\" triple quotes"
              n: Int
            }
            """"),
        ("defaults", """
            enum Color { RED GREEN }
            input Inner { x: Int = 5 y: String }
            input Outer { inner: Inner = {y: "a"} list: [Int] = 1 color: Color = RED }
            type Query {
              a(i: Int = 1, f: Float = 1, g: Float = 1.5, h: Float = 0.000001, big: Float = 12345678901234567890, s: String = "x\ny\"z", b: Boolean = true): Int
              b(id: ID = 123, sid: ID = "abc", nid: ID = "0123", n: Int = null, l: [[Int]] = [[1], 2], e: [Color!] = [RED, GREEN]): Int
              c(o: Outer = {inner: {x: 1}, color: GREEN}, p: Outer = {}, bad: Int = "nope", over: Int = 2147483648): Int
              d(u: String = "\u00e9\u0000", neg: Float = -1.5e-10, exp: Float = 2e22): Int
            }
            """),
        ("deprecation", """
            enum E { A @deprecated B @deprecated(reason: "use A") C @deprecated(reason: "No longer supported") D @deprecated(reason: null) }
            input I { a: Int @deprecated b: Int @deprecated(reason: "gone") }
            type Query {
              old: Int @deprecated
              older(x: Int @deprecated(reason: "x"), y: Int): Int @deprecated(reason: "Use `new`.")
              e: E
              i(i: I): Int
            }
            """),
        ("directives", """
            "A custom directive"
            directive @tag(
              "the name"
              name: String!
              weight: Float = 1
            ) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE
            directive @flag on SCHEMA | SCALAR | ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | INPUT_OBJECT | UNION | ENUM | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
            directive @deprecated(reason: String = "custom") on FIELD_DEFINITION
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/") @flag
            input Pick @oneOf { a: Int b: String }
            type Query @tag(name: "q") @tag(name: "r") { a(p: Pick): Url @tag(name: "f") }
            """),
        ("schemaDefinition", """
            "The schema"
            schema { query: Query mutation: Mutation }
            type Query { a: Int }
            type Mutation { b: Int }
            """),
        ("customRootNames", "schema { query: Q subscription: S }\ntype Q { a: Int }\ntype S { b: Int }\ntype Mutation { c: Int }"),
        ("rootsByName", "type Subscription { s: Int }\ntype Mutation { m: Int }\ntype Query { q: Int }"),
        ("extensions", """
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            extend interface Named { other: Int }
            type Thing implements Named & Node { id: ID! name: String other: Int }
            union U = Thing
            extend union U = Query
            enum E { A }
            extend enum E { B }
            input I { a: Int }
            extend input I { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "ignored for scalars defined in the same document")
            extend schema @flag
            directive @flag on SCHEMA
            """),
        ("dateTime", "scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")\ntype Query { now: DateTime at(t: DateTime): Int }"),
        ("builtinsRedefined", "scalar String\nscalar ID\ntype Query { a: String b: ID }"),
        ("unusedTypes", "type Query { a: Int }\ntype Orphan { b: Float }\nenum Lonely { X }"),
        ("argsMixedDescriptions", "type Query {\n  \"f\"\n  f(a: Int, \"b\" b: Int, c: Int = 3): Int\n  g(\"\"\"multi\nline\"\"\" a: Int): Int\n}"),
    ];
}
