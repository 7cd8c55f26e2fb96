using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.GraphQL.Validation;
using StudyGraph.Testing;

namespace StudyGraph.GraphQL.Tests.Validation.Support;

/// <summary>
/// The one-line harness of the rule tests: <c>ExpectValid(query)</c> and <c>ExpectErrors(query, ("message", line, column), ...)</c>
/// against <c>Validation/TestSchema.graphql</c>, with the specified rules or one rule alone.
/// </summary>
public static class ValidationHarness
{
    private static readonly Lazy<GraphQLSchema> Schema = new(() => SchemaBuilder.BuildSchema(File.ReadAllText(TestSchemaPath)));

    /// <summary>Path of the test schema's SDL.</summary>
    public static string TestSchemaPath => Path.Combine(RepoPaths.Root, "tests", "GraphQL.Tests", "Validation", "TestSchema.graphql");

    /// <summary>The test schema, built once.</summary>
    public static GraphQLSchema TestSchema => Schema.Value;

    /// <summary>Validates <paramref name="query"/> against the test schema (or <paramref name="schema"/>).</summary>
    public static IReadOnlyList<GraphQLError> Validate(string query, ValidationRule? rule = null, GraphQLSchema? schema = null, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if (rule is not null) options = options with { Rules = [rule] };
        return DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), options);
    }

    /// <summary>Asserts the document is valid under <paramref name="rule"/> (all specified rules when null).</summary>
    public static void ExpectValid(string query, ValidationRule? rule = null, GraphQLSchema? schema = null)
    {
        var errors = Validate(query, rule, schema);
        Assert.True(errors.Count == 0, "expected no errors, got:\n" + string.Join("\n", errors.Select(Describe)));
    }

    /// <summary>Asserts <paramref name="rule"/> reports exactly <paramref name="expected"/>, in order.</summary>
    public static void ExpectErrors(ValidationRule rule, string query, params Expected[] expected)
        => Compare(Validate(query, rule), expected);

    /// <summary>Asserts the specified rules report exactly <paramref name="expected"/>, in order.</summary>
    public static void ExpectErrors(string query, params Expected[] expected) => Compare(Validate(query), expected);

    /// <summary>Asserts <paramref name="errors"/> are exactly <paramref name="expected"/>, in order.</summary>
    public static void Compare(IReadOnlyList<GraphQLError> errors, IReadOnlyList<Expected> expected)
    {
        var actual = errors.Select(Describe).ToList();
        var wanted = expected.Select(e => e.ToString()).ToList();
        Assert.True(actual.SequenceEqual(wanted), "expected:\n" + string.Join("\n", wanted) + "\nactual:\n" + string.Join("\n", actual));
    }

    /// <summary>The error as "message @ line:column ...".</summary>
    public static string Describe(GraphQLError e)
        => e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"));
}
