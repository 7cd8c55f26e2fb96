using System.Runtime.CompilerServices;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Tests.Utilities;

/// <summary>Schema-first resolver binding: delegates, resolver classes, default resolvers, abstract types, strict mode.</summary>
public sealed class SchemaBuilderBindingTests
{
    private const string Sdl = """
        type Query { a: Int b: String c(first: Int = 10, name: String!): [User!]! user: User node: Node }
        type Mutation { x: Int }
        type User implements Node { id: ID! name: String role: Role }
        type Admin implements Node { id: ID! }
        interface Node { id: ID! }
        enum Role { LEARNER AUTHOR TOPIC_ADMIN }
        """;

    [Fact]
    public void Strict_build_lists_every_unbound_field_and_every_binding_that_names_nothing()
    {
        var ex = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(Sdl)
            .RequireExplicitResolvers()
            .Bind("Query", "a", _ => 1)
            .Bind("Query", "nope", _ => 1)
            .Bind("Nope", "x", _ => 1)
            .Bind("Node", "id", _ => 1)
            .BindType<UserModel>("User")
            .BindType<UserModel>("Missing")
            .BindScalar("Money", ScalarCoercer.PassThrough)
            .Build());
        var messages = ex.Errors.Select(e => e.Message).ToList();
        Assert.Equal(
        [
            "Scalar binding \"Money\" names no scalar type of the schema.",
            "Type binding \"Missing\" (UserModel) names no object type of the schema.",
            "Resolver binding \"Query.nope\" names no field of Query. Did you mean \"node\"?",
            "Resolver binding \"Nope.x\" names no type of the schema.",
            "Resolver binding \"Node.id\" names Node, which is not an object type.",
            "Field \"Query.b\" has no resolver.",
            "Field \"Query.c\" has no resolver.",
            "Field \"Query.user\" has no resolver.",
            "Field \"Query.node\" has no resolver.",
            "Field \"Mutation.x\" has no resolver.",
            "Field \"User.role\" has no resolver and UserModel has no member named \"role\".",
            "Field \"Admin.id\" has no resolver.",
        ], messages, StringComparer.Ordinal);
        Assert.Contains("12 problems", ex.Message);
        Assert.Equal(1, ex.Errors.Single(e => e.Message.StartsWith("Field \"Query.b\"", StringComparison.Ordinal)).Locations![0].Line);
    }

    [Fact]
    public void Unknown_field_bindings_suggest_the_closest_field()
    {
        var ex = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(Sdl).Bind("Query", "usr", _ => null).Build());
        Assert.Equal("Resolver binding \"Query.usr\" names no field of Query. Did you mean \"user\"?", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Invalid_sdl_fails_the_build_with_every_problem()
    {
        var ex = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: Nope b: Nah }").Build());
        Assert.Equal(2, ex.Errors.Count);
    }

    [Fact]
    public async Task Delegates_sync_task_and_value_task_are_awaited()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "a", _ => 1)
            .Bind("Query", "b", async _ => { await Task.Yield(); return "task"; })
            .BindValueTask("Mutation", "x", _ => new ValueTask<int>(7))
            .Bind("Query", "user", _ => Task.FromResult<object?>(new UserModel("u1", "Ann")))
            .Build();
        Assert.Equal(1, await Resolve(schema, "Query", "a", null));
        Assert.Equal("task", await Resolve(schema, "Query", "b", null));
        Assert.Equal(7, await Resolve(schema, "Mutation", "x", null));
        Assert.Equal("Ann", ((UserModel)(await Resolve(schema, "Query", "user", null))!).Name);
    }

    [Fact]
    public async Task Default_resolver_reads_properties_fields_methods_and_dictionary_keys()
    {
        var schema = SchemaBuilder.BuildSchema(Sdl);
        Assert.Equal("u1", await Resolve(schema, "User", "id", new UserModel("u1", "Ann")));
        Assert.Equal("Ann", await Resolve(schema, "User", "name", new UserModel("u1", "Ann")));
        Assert.Equal("d", await Resolve(schema, "User", "name", new Dictionary<string, object?> { ["name"] = "d" }));
        Assert.Equal("D", await Resolve(schema, "User", "name", new Dictionary<string, object?> { ["Name"] = "D" }));
        Assert.Equal("field", await Resolve(schema, "User", "name", new WithField()));
        Assert.Null(await Resolve(schema, "User", "role", new UserModel("u1", "Ann")));
    }

    [Fact]
    public async Task Resolver_classes_receive_arguments_context_and_cancellation()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).RequireExplicitResolvers()
            .BindType<QueryResolvers>("Query")
            .BindType<UserModel>("User")
            .Bind("Mutation", "x", _ => 0)
            .Bind("Admin", "id", _ => "a")
            .Bind("User", "role", _ => null)
            .Build();
        Assert.Equal(42, await Resolve(schema, "Query", "a", null));
        var users = (IReadOnlyList<UserModel>)(await Resolve(schema, "Query", "c", null, ("first", 2), ("name", "Bo")))!;
        Assert.Equal(["Bo0", "Bo1"], users.Select(u => u.Name));
        Assert.Equal("Query.b", await Resolve(schema, "Query", "b", null));
        Assert.Equal("u1", await Resolve(schema, "User", "id", new UserModel("u1", "Ann")));
    }

    [Fact]
    public async Task Exceptions_of_bound_methods_surface_unwrapped()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindType<MutationResolvers>("Mutation").Build();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Resolve(schema, "Mutation", "x", null));
        Assert.Equal("boom", ex.Message);
    }

    [Fact]
    public async Task Abstract_types_resolve_by_typename_bound_clr_type_or_clr_type_name()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindType<UserModel>("User").Build();
        var node = (InterfaceType)schema.GetType("Node")!;
        var ctx = Context(schema, schema.QueryType!, "node", null);
        Assert.Equal("Admin", node.ResolveType!(new Dictionary<string, object?> { ["__typename"] = "Admin" }, ctx, node)!.Name);
        Assert.Equal("User", node.ResolveType!(new UserModel("u", "n"), ctx, node)!.Name);
        Assert.Equal("Admin", node.ResolveType!(new Admin(), ctx, node)!.Name);
        Assert.Null(node.ResolveType!(new WithField(), ctx, node));
        var custom = SchemaBuilder.FromSdl(Sdl).ResolveType("Node", (_, c, _) => (ObjectType)c.Schema.GetType("Admin")!).Build();
        Assert.Equal("Admin", ((InterfaceType)custom.GetType("Node")!).ResolveType!(new UserModel("u", "n"), ctx, node)!.Name);
        await Task.CompletedTask;
    }

    [Fact]
    public void Enums_bind_to_clr_enums_by_name()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindEnum<Role>("Role").Build();
        var role = (EnumType)schema.GetType("Role")!;
        Assert.Equal(Role.TopicAdmin, role.ParseValue("TOPIC_ADMIN").Value);
        Assert.Equal("AUTHOR", role.Serialize(Role.Author).Value);
        var ex = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(Sdl).BindEnum<ShortRole>("Role").Build());
        Assert.Equal(["Enum value \"Role.AUTHOR\" has no member in ShortRole.", "Enum value \"Role.TOPIC_ADMIN\" has no member in ShortRole."], ex.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Subscriptions_bind_a_stream_and_resolve_each_event_to_itself()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }\ntype Subscription { ticks: Int }")
            .BindSubscription("Subscription", "ticks", _ => Ticks(3))
            .Build();
        var field = schema.SubscriptionType!.GetField("ticks")!;
        var ctx = Context(schema, schema.SubscriptionType!, "ticks", null);
        var stream = await field.Subscriber!(ctx);
        var seen = new List<object?>();
        await foreach (var e in stream) seen.Add(await field.Resolver!(Context(schema, schema.SubscriptionType!, "ticks", e)));
        Assert.Equal([0, 1, 2], seen);
    }

    [Fact]
    public void Arguments_convert_to_clr_types()
    {
        var schema = SchemaBuilder.BuildSchema(Sdl);
        var ctx = new ResolveFieldContext
        {
            Source = null, Schema = schema, ParentType = schema.QueryType!, FieldDefinition = schema.QueryType!.GetField("c")!,
            Arguments = new Dictionary<string, object?>
            {
                ["first"] = 3, ["role"] = "TOPIC_ADMIN", ["ids"] = new List<object?> { "a", "b" },
                ["input"] = new Dictionary<string, object?> { ["id"] = "i", ["name"] = "N" },
            },
        };
        Assert.Equal(3L, ctx.GetArgument<long>("first"));
        Assert.Equal(Role.TopicAdmin, ctx.GetArgument<Role>("role"));
        Assert.Equal(["a", "b"], ctx.GetArgument<string[]>("ids"));
        Assert.Equal(new UserModel("i", "N"), ctx.GetArgument<UserModel>("input"));
        Assert.Equal(5, ctx.GetArgument("missing", 5));
    }

    private static async IAsyncEnumerable<int> Ticks(int n, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < n; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static ResolveFieldContext Context(GraphQLSchema schema, ObjectType type, string field, object? source, params (string Name, object? Value)[] args)
    {
        var map = new Dictionary<string, object?>();
        foreach (var (n, v) in args) map[n] = v;
        return new ResolveFieldContext { Source = source, Schema = schema, ParentType = type, FieldDefinition = type.GetField(field)!, Arguments = map };
    }

    private static async Task<object?> Resolve(GraphQLSchema schema, string type, string field, object? source, params (string Name, object? Value)[] args)
    {
        var t = (ObjectType)schema.GetType(type)!;
        var f = t.GetField(field)!;
        Assert.NotNull(f.Resolver);
        return await f.Resolver!(Context(schema, t, field, source, args));
    }

    public sealed record UserModel(string Id, string Name);

    public sealed class Admin
    {
        public string Id { get; } = "admin";
    }

    public sealed class WithField
    {
#pragma warning disable CA1051 // a public field is what this test reads
        public string Name = "field";
#pragma warning restore CA1051
    }

    public enum Role { Learner, Author, TopicAdmin }

    public enum ShortRole { Learner }

    public sealed class MutationResolvers
    {
        public int X() => throw new InvalidOperationException("boom");
    }

    public sealed class QueryResolvers
    {
        public int A => 42;

        public static string B(ResolveFieldContext ctx) => ctx.ParentType.Name + "." + ctx.FieldName;

        public Task<IReadOnlyList<UserModel>> C(string name, int first, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<UserModel> list = Enumerable.Range(0, first).Select(i => new UserModel("u" + i, name + i)).ToList();
            return Task.FromResult(list);
        }

        public UserModel? User() => null;

        public object? Node() => null;
    }
}
