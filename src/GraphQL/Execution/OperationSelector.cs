using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Execution;

/// <summary>Spec 6.1 <c>GetOperation</c>: picks the operation to execute, with graphql-js's error messages.</summary>
public static class OperationSelector
{
    /// <summary>The operation named <paramref name="operationName"/> (or the only one when null), or the request error.</summary>
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode op) continue;
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                operation = op;
            }
            else if (op.Name?.Value == operationName)
            {
                operation = op;
            }
        }
        if (operation is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }
        return operation;
    }
}
