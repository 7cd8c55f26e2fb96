namespace StudyGraph.GraphQL.Tests.Utilities.Support;

/// <summary>
/// One SDL per type-system rule (graphql-js's SDL rules and validateSchema), each with at least one problem,
/// named after the rule it breaks.
/// </summary>
internal static class InvalidSchemas
{
    public static IReadOnlyList<(string Rule, string Sdl)> All { get; } =
    [
        // SDL rules (graphql-js specifiedSDLRules)
        ("LoneSchemaDefinition", "schema { query: Query }\nschema { query: Query }\ntype Query { a: Int }"),
        ("UniqueOperationTypes", "schema { query: Query query: Query }\ntype Query { a: Int }"),
        ("UniqueOperationTypes.extension", "schema { query: Query }\nextend schema { query: Query mutation: Query }\ntype Query { a: Int }"),
        ("UniqueTypeNames", "type Query { a: Int }\ntype Query { b: Int }\nscalar Query"),
        ("UniqueEnumValueNames", "enum E { A B A }\nextend enum E { B C }\ntype Query { e: E }"),
        ("UniqueFieldDefinitionNames", "type Query { a: Int a: String }\nextend type Query { a: Int }\ninput I { x: Int x: Int }\ninterface J { y: Int y: Int }"),
        ("UniqueArgumentDefinitionNames", "type Query { a(x: Int, y: Int, x: String, x: ID): Int }\ndirective @d(z: Int, z: Int) on FIELD"),
        ("UniqueDirectiveNames", "directive @d on FIELD\ndirective @d on QUERY\ntype Query { a: Int }"),
        ("KnownTypeNames", "type Query { a: Strin b(x: Inpt): Boolean c: [Foo!]! }\ninput Input { x: Int }\nunion U = Nope\ninterface Node { id: ID }\ntype T implements Nod { id: ID }"),
        ("KnownDirectives.unknown", "type Query { a: Int @foo }"),
        ("KnownDirectives.misplaced", "type Query @deprecated { a: Int @specifiedBy(url: \"x\") }\nscalar S @oneOf\nenum E @deprecated { A @oneOf }\ninput I @deprecated { f: Int @oneOf }"),
        ("KnownDirectives.custom", "directive @d on OBJECT\ntype Query { a(x: Int @d): Int @d }"),
        ("KnownDirectives.inputExtension", "directive @d on INPUT_FIELD_DEFINITION\ninput I { a: Int @d }\nextend input I { b: Int @d }\ntype Query { f(i: I): Int }"),
        ("UniqueDirectivesPerLocation", "type Query { a: Int @deprecated @deprecated }\ndirective @d on OBJECT\ndirective @r repeatable on OBJECT\ntype T @d @r { a: Int }\nextend type T @d @r"),
        ("UniqueDirectivesPerLocation.schema", "directive @s on SCHEMA\nschema @s { query: Query }\nextend schema @s\ntype Query { a: Int }"),
        ("PossibleTypeExtensions.undefined", "extend type Quer { a: Int }\ntype Query { a: Int }"),
        ("PossibleTypeExtensions.kind", "scalar S\nextend type S { a: Int }\ntype Query { a: S }\nextend input Query { b: Int }\nenum E { A }\nextend union E = Query\nextend interface Query { c: Int }\nextend enum Query { X }\nextend scalar E"),
        ("KnownArgumentNamesOnDirectives", "type Query { a: Int @deprecated(reasn: \"x\") b: Int @deprecated(foo: 1) }"),
        ("UniqueArgumentNames", "type Query { a: Int @deprecated(reason: \"a\", reason: \"b\", reason: \"c\") }"),
        ("UniqueInputFieldNames", "directive @d(x: I) on FIELD_DEFINITION\ninput I { a: Int b: I }\ntype Query { a: Int @d(x: {a: 1, a: 2, b: {a: 1, a: 3}}) }"),
        ("ProvidedRequiredArgumentsOnDirectives", "scalar S @specifiedBy\ndirective @d(x: Int!, y: [String!]!, z: Int! = 1) on FIELD_DEFINITION\ntype Query { a: S @d }"),

        ("ExecutableDefinitionsInSdl", "type Query { a: Int }\nquery Q($v: String = {a: 1, a: 2} @skip(if: true), $w: Query) @deprecated { a(x: 1, x: 2) @skip @skip(if: true) @include(if: false, if: true) ...F @oneOf ... on Nope @specifiedBy(url: \"u\") { b } }\nfragment F on Strin @skip(if: true) { c }"),

        // validateSchema
        ("RootTypes.missingQuery", "type Foo { a: Int }"),
        ("RootTypes.queryNotObject", "schema { query: Q }\ninput Q { a: Int }"),
        ("RootTypes.mutationNotObject", "schema { query: Query mutation: U }\ntype Query { a: Int }\nunion U = Query"),
        ("RootTypes.subscriptionNotObject", "schema { query: Query subscription: S }\ntype Query { a: Int }\nscalar S"),
        ("RootTypes.extensionNotObject", "schema { query: Query }\nextend schema { mutation: E }\ntype Query { a: Int }\nenum E { A }"),
        ("ReservedNames", "type Query { __a: Int b(__x: Int): Int e: E }\ntype __T { a: Int }\nenum E { __X Y }\ninput __I { __f: Int }\ndirective @__d(__y: Int) on FIELD"),
        ("Directives.argNotInput", "directive @d(x: Query) on FIELD\ntype Query { a: Int }"),
        ("Directives.requiredArgDeprecated", "directive @d(x: Int! @deprecated, y: Int! = 1 @deprecated) on FIELD\ntype Query { a: Int }"),
        ("Fields.none", "type Query\ninterface I\ntype T implements I"),
        ("Fields.outputType", "input I { a: Int }\ntype Query { a: I b: [I!] }"),
        ("Fields.argInputType", "type Query { a(x: Query, y: [Query]): Int }"),
        ("Fields.requiredArgDeprecated", "type Query { a(x: Int! @deprecated(reason: \"old\")): Int }"),
        ("Interfaces.notInterface", "type A { a: Int }\ntype Query implements A & Int { a: Int }"),
        ("Interfaces.self", "interface I implements I { a: Int }\ntype Query { i: I }"),
        ("Interfaces.twice", "interface I { a: Int }\ntype Query implements I & I { a: Int }\nextend type Query implements I"),
        ("Interfaces.missingField", "interface I { a: Int b: String }\ntype Query implements I { a: Int }\nextend type Query { c: Int }"),
        ("Interfaces.fieldType", "interface I { a: Int b: [Int] c: I d: Int! }\ntype Query implements I { a: String b: Int c: Query d: Int }"),
        ("Interfaces.missingArg", "interface I { a(x: Int, y: String): Int }\ntype Query implements I { a(y: String): Int }"),
        ("Interfaces.argType", "interface I { a(x: Int, y: [Int]): Int }\ntype Query implements I { a(x: Int!, y: [Int!]): Int }"),
        ("Interfaces.extraRequiredArg", "interface I { a: Int }\ntype Query implements I { a(x: Int!, y: Int, z: Int! = 1): Int }"),
        ("Interfaces.transitive", "interface A { a: Int }\ninterface B implements A { a: Int }\ntype Query implements B { a: Int }"),
        ("Interfaces.circular", "interface A implements B { a: Int }\ninterface B implements A { a: Int }\ntype Query { a: A }"),
        ("Unions.empty", "union U\ntype Query { u: U }"),
        ("Unions.duplicate", "type A { a: Int }\nunion U = A | A\nextend union U = A\ntype Query { u: U }"),
        ("Unions.notObject", "interface I { a: Int }\nunion U = I | String\ntype Query { u: U }"),
        ("Enums.empty", "enum E\ntype Query { e: E }"),
        ("InputObjects.empty", "input I\ntype Query { f(i: I): Int }"),
        ("InputObjects.fieldType", "input I { a: Query b: [Query!] }\ntype Query { f(i: I): Int }"),
        ("InputObjects.requiredFieldDeprecated", "input I { a: Int! @deprecated b: Int! = 1 @deprecated c: Int @deprecated }\ntype Query { f(i: I): Int }"),
        ("OneOf.rules", "input I @oneOf { a: Int! b: Int = 1 c: Int }\ntype Query { f(i: I): Int }"),
        ("InputObjects.cycle", "input A { b: B! }\ninput B { a: A! c: C }\ninput C { self: C! list: [C!]! }\ntype Query { f(a: A): Int }"),
        ("InputObjects.selfCycle", "input A { a: A! }\ntype Query { f(a: A): Int }"),
    ];

    /// <summary>Schemas that both implementations must accept.</summary>
    public static IReadOnlyList<(string Name, string Sdl)> Valid { get; } =
    [
        ("covariant", "interface I { a: Int b: I }\ntype Query implements I { a: Int! b: Query }"),
        ("transitive", "interface A { a: Int }\ninterface B implements A { a: Int }\ntype Query implements B & A { a: Int }"),
        ("nullableCycle", "input A { b: B }\ninput B { a: A! l: [A!]! }\ntype Query { f(a: A): Int }"),
        ("extensions", "type Query { a: Int }\nextend type Query { b: Int }\nenum E { A }\nextend enum E { B }\nunion U = Query\nextend union U = T\ntype T { x: Int }\nscalar S\nextend scalar S @specifiedBy(url: \"u\")\ninput I { a: Int }\nextend input I { b: Int }"),
        ("customRoots", "schema { query: Q mutation: M }\ntype Q { a: Int }\ntype M { b: Int }"),
        ("oneOf", "input I @oneOf { a: Int b: String }\ntype Query { f(i: I): Int }"),
        ("optionalArgDeprecated", "type Query { a(x: Int @deprecated, y: Int! = 2 @deprecated): Int }"),
        ("introspectionTypeNames", "type Query { a: __Type b: __TypeKind }"),
        ("repeatable", "directive @r repeatable on FIELD_DEFINITION\ntype Query { a: Int @r @r }"),
    ];
}
