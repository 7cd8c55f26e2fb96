using System.Linq.Expressions;
using System.Reflection;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Utilities.Binding;

/// <summary>
/// Resolvers over a CLR type's public members (see <see cref="SchemaBuilder.BindType{T}"/>): read on the parent value when
/// it is an instance of the type, otherwise on a resolver instance from the request services or created once.
/// </summary>
internal static class ClrMemberResolver
{
    /// <summary>A resolver for <paramref name="field"/> over the member of <paramref name="clrType"/> of the same name, or null when there is none.</summary>
    public static FieldResolver? TryCreate(Type clrType, FieldDefinition field)
    {
        var member = DefaultFieldResolver.FindMember(clrType, field.Name, instanceOnly: false);
        if (member is null) return null;
        var instance = new InstanceSource(clrType);
        switch (member)
        {
            case PropertyInfo p when p.CanRead && p.GetMethod!.IsPublic:
                {
                    var getter = CompileGetter(clrType, p, p.GetMethod.IsStatic);
                    var isStatic = p.GetMethod.IsStatic;
                    return ctx => ResolverAdapters.Unwrap(getter(isStatic ? null : instance.Get(ctx)));
                }
            case FieldInfo f:
                {
                    var getter = CompileGetter(clrType, f, f.IsStatic);
                    return ctx => ResolverAdapters.Unwrap(getter(f.IsStatic ? null : instance.Get(ctx)));
                }
            case MethodInfo m:
                {
                    var binders = BindParameters(m, field);
                    var invoke = CompileInvoker(clrType, m);
                    return ctx =>
                    {
                        var args = new object?[binders.Length];
                        for (var i = 0; i < binders.Length; i++) args[i] = binders[i](ctx);
                        return ResolverAdapters.Unwrap(invoke(m.IsStatic ? null : instance.Get(ctx), args));
                    };
                }
            default:
                return null;
        }
    }

    // Compiled once per bound field: no reflection on the per-call path.
    private static Func<object?, object?> CompileGetter(Type clrType, MemberInfo member, bool isStatic)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var instance = isStatic ? null : Expression.Convert(target, clrType);
        Expression body = member is PropertyInfo p ? Expression.Property(instance, p) : Expression.Field(instance, (FieldInfo)member);
        return Expression.Lambda<Func<object?, object?>>(Expression.Convert(body, typeof(object)), target).Compile();
    }

    private static Func<object?, object?[], object?> CompileInvoker(Type clrType, MethodInfo method)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var ps = method.GetParameters();
        var callArgs = new Expression[ps.Length];
        for (var i = 0; i < ps.Length; i++)
            callArgs[i] = Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), ps[i].ParameterType);
        var call = Expression.Call(method.IsStatic ? null : Expression.Convert(target, clrType), method, callArgs);
        Expression body = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?, object?[], object?>>(body, target, args).Compile();
    }

    private static Func<ResolveFieldContext, object?>[] BindParameters(MethodInfo method, FieldDefinition field)
    {
        var ps = method.GetParameters();
        var binders = new Func<ResolveFieldContext, object?>[ps.Length];
        for (var i = 0; i < ps.Length; i++)
        {
            var p = ps[i];
            var type = p.ParameterType;
            ArgumentDefinition? arg = null;
            foreach (var a in field.Arguments)
            {
                if (string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)) { arg = a; break; }
            }
            if (type == typeof(ResolveFieldContext)) binders[i] = ctx => ctx;
            else if (type == typeof(CancellationToken)) binders[i] = ctx => ctx.CancellationToken;
            else if (arg is not null)
            {
                var name = arg.Name;
                var fallback = p.HasDefaultValue ? p.DefaultValue : null;
                binders[i] = ctx => ctx.Arguments.TryGetValue(name, out var v) ? ClrValueConverter.Convert(v, type) : fallback ?? ClrValueConverter.Convert(null, type);
            }
            else if (type == typeof(IServiceProvider)) binders[i] = ctx => ctx.RequestServices;
            else if (p.Name is "source" or "parent") binders[i] = ctx => ctx.Source;
            else
            {
                var hasDefault = p.HasDefaultValue;
                var def = p.DefaultValue;
                binders[i] = ctx => ctx.RequestServices?.GetService(type) ?? (hasDefault ? def
                    : throw new InvalidOperationException($"No service of type {type.Name} for parameter \"{p.Name}\" of {method.DeclaringType?.Name}.{method.Name}."));
            }
        }
        return binders;
    }

    private sealed class InstanceSource(Type type)
    {
        private object? _singleton;

        public object Get(ResolveFieldContext ctx)
        {
            if (ctx.Source is not null && type.IsInstanceOfType(ctx.Source)) return ctx.Source;
            var fromServices = ctx.RequestServices?.GetService(type);
            if (fromServices is not null) return fromServices;
            if (_singleton is not null) return _singleton;
            if (type.GetConstructor(Type.EmptyTypes) is null)
                throw new InvalidOperationException($"{type.Name} is not registered in the request services and has no parameterless constructor.");
            var created = Activator.CreateInstance(type)!;
            return Interlocked.CompareExchange(ref _singleton, created, null) ?? created;
        }
    }
}
