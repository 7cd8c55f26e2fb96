using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Rules;

public sealed partial class ValuesOfCorrectTypeRule
{
    // Scalars and enums decide through their literal parser; built-in scalars and enums report the parser's own
    // message (graphql-js throws GraphQLError there), custom scalars get it after "Expected value of type ...; ".
    private void CheckLeafValue(ValueNode node)
    {
        var locationType = Context.TypeInfo.InputType;
        if (locationType is null) return;
        var type = locationType.GetNamedType();
        switch (type)
        {
            case EnumType e:
                {
                    var r = e.ParseLiteral(node);
                    if (r.IsError) Context.ReportError(r.Error!, node);
                    return;
                }
            case ScalarType s:
                {
                    CoercionResult r;
                    try
                    {
                        r = s.ParseLiteral(node);
                    }
                    catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
                    {
                        r = CoercionResult.Fail(ex.Message);
                    }
                    if (!r.IsError) return;
                    Context.ReportError(s.IsSpecified
                        ? r.Error!
                        : $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; " + r.Error, node);
                    return;
                }
            default:
                Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                return;
        }
    }
}
