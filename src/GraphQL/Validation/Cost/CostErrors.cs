using System.Collections.ObjectModel;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Cost;

/// <summary>Builds the errors of the cost limits: located at the operation, with their own <c>extensions.code</c>.</summary>
internal static class CostErrors
{
    /// <summary>An error with <paramref name="code"/> located at <paramref name="operation"/>.</summary>
    public static GraphQLError At(OperationDefinitionNode operation, string code, string message)
    {
        var extensions = new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["code"] = code });
        return GraphQLError.At(message, operation).WithExtensions(extensions);
    }

    /// <summary>"The operation "Name"" or "The anonymous operation".</summary>
    public static string Label(OperationDefinitionNode operation)
        => operation.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";

    /// <summary>a + b, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>a * b for non-negative values, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
