using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation;

public sealed partial class TypeInfo
{
    private void EnterValue(AstNode node)
    {
        switch (node)
        {
            case ArgumentNode argument:
                {
                    ArgumentDefinition? def = null;
                    if (Directive is not null) def = Directive.GetArgument(argument.Name.Value);
                    else if (FieldDef is not null) def = FieldDef.GetArgument(argument.Name.Value);
                    Argument = def;
                    _defaultValueStack.Add(def is null ? default : new InputDefault(def.HasDefaultValue, def.DefaultValue));
                    _inputTypeStack.Add(def is { Type.IsInputType: true } ? def.Type : null);
                    break;
                }
            case ListValueNode:
                {
                    var listType = InputType?.Nullable;
                    var itemType = listType is ListType l ? l.OfType : listType;
                    _defaultValueStack.Add(default);
                    _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                    break;
                }
            case ObjectFieldNode objectField:
                {
                    InputField? field = null;
                    if (InputType?.GetNamedType() is InputObjectType io) field = io.GetField(objectField.Name.Value);
                    _defaultValueStack.Add(field is null ? default : new InputDefault(field.HasDefaultValue, field.DefaultValue));
                    _inputTypeStack.Add(field is { Type.IsInputType: true } ? field.Type : null);
                    break;
                }
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType e ? e.GetValue(enumValue.Value) : null;
                break;
        }
    }
}
