using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: given the context of one validation run, creates the visitor that checks the document
/// and reports problems through <see cref="ValidationContext.ReportError(string, ReadOnlySpan{AstNode?})"/>
/// (graphql-js's <c>ValidationRule</c>).
/// </summary>
public delegate AstVisitor ValidationRule(ValidationContext context);
