namespace StudyGraph.Storage.Documents;

/// <summary>How a <see cref="FieldCondition"/> compares a document field with a value.</summary>
public enum FilterOperator
{
    /// <summary>Equal (null matches a missing or null field).</summary>
    Eq,
    /// <summary>Not equal (a missing field matches, as in MongoDB's <c>$ne</c>).</summary>
    Neq,
    /// <summary>Equal to one of a list.</summary>
    In,
    /// <summary>Equal to none of a list (a missing field matches).</summary>
    Nin,
    /// <summary>A string field contains the value (ordinal, case-sensitive).</summary>
    Contains,
    /// <summary>A string field starts with the value (ordinal, case-sensitive).</summary>
    StartsWith,
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Greater than or equal.</summary>
    Gte,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Less than or equal.</summary>
    Lte,
    /// <summary>An array field has an element equal to the value.</summary>
    ArrayContains,
}
