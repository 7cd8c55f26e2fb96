namespace StudyGraph.GraphQL.Tests.Language.Support;

internal sealed partial class RandomDocumentGenerator
{
    private static readonly string[] Locations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>A type-system document: definitions and extensions of every kind.</summary>
    public string TypeSystem()
    {
        _sb.Clear();
        var count = 1 + Next(4);
        for (var i = 0; i < count; i++)
        {
            TypeSystemDefinition();
            Sep();
        }
        return _sb.ToString();
    }

    private void Description()
    {
        if (!Chance(40)) return;
        if (Chance(50)) QuotedString();
        else BlockString();
    }

    private void TypeSystemDefinition()
    {
        switch (Next(16))
        {
            case 0:
                Description();
                Word("schema");
                Directives(isConst: true);
                OperationTypes();
                break;
            case 1:
                Description();
                Word("scalar");
                Name();
                Directives(isConst: true);
                break;
            case 2:
            case 3:
                Description();
                Word(Chance(70) ? "type" : "interface");
                Name();
                Implements();
                Directives(isConst: true);
                if (Chance(85)) FieldsDefinition();
                break;
            case 4:
                Description();
                Word("union");
                Name();
                Directives(isConst: true);
                if (Chance(85)) UnionMembers();
                break;
            case 5:
                Description();
                Word("enum");
                Name();
                Directives(isConst: true);
                if (Chance(85)) EnumValuesDefinition();
                break;
            case 6:
                Description();
                Word("input");
                Name();
                Directives(isConst: true);
                if (Chance(85)) InputValues("{", "}");
                break;
            case 7:
                Description();
                Word("directive");
                Word("@");
                Name();
                if (Chance(50)) InputValues("(", ")");
                if (Chance(30)) Word("repeatable");
                Word("on");
                if (Chance(20)) Word("|");
                for (var i = Next(3); i >= 0; i--)
                {
                    Word(Pick(Locations));
                    if (i > 0) Word("|");
                }
                break;
            default:
                Extension();
                break;
        }
    }

    private void Extension()
    {
        Word("extend");
        switch (Next(7))
        {
            case 0:
                Word("schema");
                Word("@");
                Name();
                if (Chance(50)) OperationTypes();
                break;
            case 1:
                Word("scalar");
                Name();
                Word("@");
                Name();
                break;
            case 2:
            case 3:
                Word(Chance(50) ? "type" : "interface");
                Name();
                Implements();
                Directives(isConst: true);
                FieldsDefinition();
                break;
            case 4:
                Word("union");
                Name();
                Directives(isConst: true);
                UnionMembers();
                break;
            case 5:
                Word("enum");
                Name();
                Directives(isConst: true);
                EnumValuesDefinition();
                break;
            default:
                Word("input");
                Name();
                Directives(isConst: true);
                InputValues("{", "}");
                break;
        }
    }

    private void OperationTypes()
    {
        Word("{");
        for (var i = Next(3); i >= 0; i--)
        {
            Word(Pick(new[] { "query", "mutation", "subscription" }));
            Word(":");
            Name();
        }
        Word("}");
    }

    private void Implements()
    {
        if (!Chance(40)) return;
        Word("implements");
        if (Chance(20)) Word("&");
        for (var i = Next(3); i >= 0; i--)
        {
            Name();
            if (i > 0) Word("&");
        }
    }

    private void FieldsDefinition()
    {
        Word("{");
        for (var i = Next(4); i >= 0; i--)
        {
            Description();
            Name();
            if (Chance(40)) InputValues("(", ")");
            Word(":");
            Type(0);
            Directives(isConst: true);
        }
        Word("}");
    }

    private void InputValues(string open, string close)
    {
        Word(open);
        for (var i = Next(3); i >= 0; i--)
        {
            Description();
            Name();
            Word(":");
            Type(0);
            if (Chance(30))
            {
                Word("=");
                Value(0, isConst: true);
            }
            Directives(isConst: true);
        }
        Word(close);
    }

    private void UnionMembers()
    {
        Word("=");
        if (Chance(30)) Word("|");
        for (var i = Next(3); i >= 0; i--)
        {
            Name();
            if (i > 0) Word("|");
        }
    }

    private void EnumValuesDefinition()
    {
        Word("{");
        for (var i = Next(4); i >= 0; i--)
        {
            Description();
            Word(Pick(EnumValues));
            Directives(isConst: true);
        }
        Word("}");
    }
}
