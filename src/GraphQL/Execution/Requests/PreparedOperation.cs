using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Execution;

/// <summary>A parsed and validated document with its selected operation, ready to execute any number of times.</summary>
public sealed class PreparedOperation
{
    internal PreparedOperation(DocumentNode document, OperationDefinitionNode operation, string? operationName)
    {
        Document = document;
        Operation = operation;
        OperationName = operationName;
    }

    /// <summary>The validated document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The selected operation.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The operation name the request gave (null when the document has one operation).</summary>
    public string? OperationName { get; }

    /// <summary>Query, mutation or subscription: a transport refuses a mutation over GET with this.</summary>
    public OperationType OperationType => Operation.Operation;
}
