using System.Globalization;
using System.Text.Json;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Cost;

public sealed partial class MaxCostRule
{
    // The first/last argument's value when the field is given one (or declares a default for it), else null.
    private long? ExplicitSize(FieldNode field, FieldDefinition? def)
    {
        long? size = null;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "last")) continue;
            var value = ArgumentValue(argument.Value, def?.GetArgument(argument.Name.Value));
            if (value is not null) size = size is null ? value : Math.Max(size.Value, value.Value);
        }
        if (size is not null || def is null) return size;
        foreach (var name in (ReadOnlySpan<string>)["first", "last"])
        {
            var argDef = def.GetArgument(name);
            if (argDef is { HasDefaultValue: true } && AsSize(argDef.DefaultValue) is { } d && !Given(field, name))
                size = size is null ? d : Math.Max(size.Value, d);
        }
        return size;
    }

    private static bool Given(FieldNode field, string name)
    {
        foreach (var a in field.Arguments)
        {
            if (a.Name.Value == name) return true;
        }
        return false;
    }

    private long? ArgumentValue(ValueNode value, ArgumentDefinition? argDef)
    {
        switch (value)
        {
            case IntValueNode i:
                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
            case VariableNode v:
                {
                    var name = v.Name.Value;
                    if (Context.Options.Variables is { } vars && vars.TryGetValue(name, out var given)) return AsSize(given);
                    if (_operation is not null)
                    {
                        foreach (var d in _operation.VariableDefinitions)
                        {
                            if (d.Variable.Name.Value == name && d.DefaultValue is IntValueNode dv)
                                return ArgumentValue(dv, argDef);
                        }
                    }
                    return argDef is { HasDefaultValue: true } ? AsSize(argDef.DefaultValue) : null;
                }
            default:
                return null;
        }
    }

    private static long? AsSize(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        double d when double.IsFinite(d) => (long)Math.Min(d, long.MaxValue),
        JsonElement { ValueKind: JsonValueKind.Number } je when je.TryGetInt64(out var l) => l,
        _ => null,
    };
}
