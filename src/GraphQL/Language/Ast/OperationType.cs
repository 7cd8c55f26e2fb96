namespace StudyGraph.GraphQL.Language;

/// <summary>The three operation types.</summary>
public enum OperationType
{
    /// <summary>`query`.</summary>
    Query,

    /// <summary>`mutation`.</summary>
    Mutation,

    /// <summary>`subscription`.</summary>
    Subscription,
}
