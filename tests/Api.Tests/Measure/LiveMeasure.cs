#:sdk Microsoft.NET.Sdk.Web
#:project ../../../src/Api/StudyGraph.Api.csproj
#:property PublishAot=false
// Mutation -> websocket subscriber latency and event throughput of the whole API, with 1,000 websocket subscribers:
// one API instance on the in-memory bus, against two API instances (separate processes) sharing a redis-server.
// Not a test: run it by hand, from the repository root, on a quiet machine (takes a few minutes):
//   dotnet run -c Release tests/Api.Tests/Measure/LiveMeasure.cs [-- --events 500 --subscribers 1000 --seconds 10 --concurrency 8]
//
// Each API instance is this program started again in "serve" mode (its own process: its own thread pool, GC, Kestrel),
// on a loopback port, Production environment, one shared temporary data folder (Sqlite). The load generator (this
// process) talks to them over HTTP and the graphql-transport-ws protocol (System.Net.WebSockets.ClientWebSocket).
// Mutations go to instance A only (Sqlite shares one file between the processes; one writer process keeps it simple).
//
// Scenarios, for each set-up:
//   per-session  1,000 sessions (20 learners x 50), one websocket each subscribed to sessionProgress(its session), half the
//                websockets on A and half on B; one submitAnswer at a time on a random session: latency from sending the
//                mutation to the subscriber's `next` message (and, for reference, to the mutation's HTTP response).
//   fan-out      1,000 websockets (an author) subscribed to examActivity(aws-saa-c03), half on A, half on B; one submitAnswer
//                at a time: latency to each subscriber's message carrying the new answer, and to the last of the 1,000.
//   throughput   the per-session subscribers; `concurrency` clients post submitAnswer back to back on disjoint sessions for
//                `seconds`: mutations/s, events/s received, and whether every mutation's event arrived exactly once.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudyGraph.Api.Hosting;
using StudyGraph.Api.Relay;

if (args.Length > 0 && args[0] == "serve") return await Serve(args);

var options = Options.Parse(args);
var root = FindRoot();
var work = Directory.CreateTempSubdirectory("sg-live-measure").FullName;
var processes = new List<Process>();
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"subscribers {options.Subscribers}, events {options.Events}, throughput {options.Concurrency} clients x {options.Seconds} s");
try
{
    // 1. In-memory bus: one instance holds all subscribers.
    {
        var data = Directory.CreateDirectory(Path.Combine(work, "memory")).FullName;
        var a = await StartApi("A", data, null);
        await RunAll("in-memory (1 instance)", [a], data);
        Stop(a);
    }
    // 2. Redis: two instances, subscribers split between them, mutations on A.
    {
        var redisPort = FreePort();
        var redisDir = Directory.CreateDirectory(Path.Combine(work, "redis")).FullName;
        var redis = Process.Start(new ProcessStartInfo("redis-server", $"--port {redisPort} --bind 127.0.0.1 --save \"\" --appendonly no --dir {redisDir}")
        { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
        processes.Add(redis);
        await WaitForPort(redisPort);
        var data = Directory.CreateDirectory(Path.Combine(work, "redis-data")).FullName;
        var connection = $"127.0.0.1:{redisPort}";
        var a = await StartApi("A", data, connection);
        var b = await StartApi("B", data, connection);
        await RunAll("redis (2 instances)", [a, b], data);
        var info = RedisInfo(redisPort);
        Console.WriteLine($"redis: {info}");
    }
}
finally
{
    foreach (var p in processes) { try { if (!p.HasExited) { p.Kill(entireProcessTree: true); p.WaitForExit(5000); } } catch (InvalidOperationException) { } }
    try { Directory.Delete(work, recursive: true); } catch (IOException) { }
}
return 0;

async Task RunAll(string setup, Api[] apis, string data)
{
    var a = apis[0];
    Console.WriteLine($"== {setup}");
    var examId = GlobalId.Encode("Exam", "aws-saa-c03");

    // Learners and sessions (on A).
    var sessions = new List<SessionState>();
    const int Learners = 20;
    var perLearner = options.Subscribers / Learners;
    for (var l = 0; l < Learners; l++)
    {
        var (_, token) = await Register(a, $"learner{l}@measure.example");
        for (var s = 0; s < perLearner; s++)
        {
            var started = await Gql(a, "mutation($e: [ID!]!) { startSession(input: { examIds: $e, mode: PRACTICE, questionCount: 60 }) { session { id currentQuestion { id choices { id } } } errors { code message } } }",
                new JsonObject { ["e"] = new JsonArray("aws-saa-c03") }, token);
            var session = started["startSession"]!["session"]!;
            sessions.Add(new SessionState(session["id"]!.GetValue<string>(), token, sessions.Count % apis.Length)
            {
                QuestionId = session["currentQuestion"]!["id"]!.GetValue<string>(),
                ChoiceId = session["currentQuestion"]!["choices"]![0]!["id"]!.GetValue<string>(),
            });
        }
    }
    Console.WriteLine($"{sessions.Count} sessions of {Learners} learners started");

    // Per-session subscribers.
    var sockets = new List<WsClient>();
    for (var i = 0; i < sessions.Count; i++)
    {
        var s = sessions[i];
        var ws = await WsClient.ConnectAsync(apis[s.Instance].WsUri, s.Token);
        ws.OnNext = (_, payload, at) => s.Received(payload, at);
        await ws.SubscribeAsync("p", "subscription($s: ID!) { sessionProgress(sessionId: $s) { progress { attempts } } }", new JsonObject { ["s"] = s.Id });
        sockets.Add(ws);
    }
    // Live when a pause/resume of each session reaches its subscriber.
    await Parallel.ForEachAsync(sessions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (s, _) =>
    {
        for (var attempt = 0; attempt < 100 && s.Count == 0; attempt++)
        {
            await Gql(a, "mutation($s: ID!) { pauseSession(input: {sessionId: $s}) { errors { code } } }", new JsonObject { ["s"] = s.Id }, s.Token);
            await Gql(a, "mutation($s: ID!) { resumeSession(input: {sessionId: $s}) { errors { code } } }", new JsonObject { ["s"] = s.Id }, s.Token);
            await Task.Delay(20);
        }
        if (s.Count == 0) throw new InvalidOperationException($"session {s.Id}: the subscription never delivered");
    });
    await Task.Delay(500);

    // Per-session latency.
    var random = new Random(11);
    var toSubscriber = new List<double>[apis.Length];
    for (var i = 0; i < apis.Length; i++) toSubscriber[i] = [];
    var toResponse = new List<double>();
    for (var n = -50; n < options.Events; n++)
    {
        var s = sessions[random.Next(sessions.Count)];
        var before = s.Count;
        var t0 = Stopwatch.GetTimestamp();
        var got = s.WaitForCount(before + 1);
        await Answer(a, s);
        var tResponse = Stopwatch.GetTimestamp();
        var tEvent = await got.WaitAsync(TimeSpan.FromSeconds(30));
        if (n < 0) continue; // warm-up
        toResponse.Add(Stopwatch.GetElapsedTime(t0, tResponse).TotalMicroseconds);
        toSubscriber[s.Instance].Add(Stopwatch.GetElapsedTime(t0, tEvent).TotalMicroseconds);
    }
    Report($"{setup} per-session: mutation -> its HTTP response", [.. toResponse]);
    for (var i = 0; i < apis.Length; i++)
        Report($"{setup} per-session: mutation on A -> subscriber on {apis[i].Name}", [.. toSubscriber[i]]);
    if (apis.Length > 1) Report($"{setup} per-session: mutation on A -> subscriber (all)", [.. toSubscriber.SelectMany(l => l)]);

    // Throughput: disjoint sessions per client, back to back.
    foreach (var s in sessions) s.ResetCounts();
    var mutations = 0L;
    var stopAt = Stopwatch.GetTimestamp() + (long)(options.Seconds * Stopwatch.Frequency);
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(c => Task.Run(async () =>
    {
        var mine = sessions.Where((_, i) => i % options.Concurrency == c).ToArray();
        for (var k = 0; Stopwatch.GetTimestamp() < stopAt; k++)
        {
            await Answer(a, mine[k % mine.Length]);
            Interlocked.Increment(ref mutations);
        }
    })));
    var posted = watch.Elapsed.TotalSeconds;
    var expected = sessions.Sum(s => s.Sent);
    var deadline = DateTime.UtcNow.AddSeconds(30);
    while (sessions.Sum(s => s.Count) < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
    var delivered = watch.Elapsed.TotalSeconds;
    await Task.Delay(500); // late duplicates would show now
    var receivedTotal = sessions.Sum(s => s.Count);
    var exact = sessions.Count(s => s.Count == s.Sent);
    Console.WriteLine($"{setup} throughput, {options.Concurrency} clients: {mutations / posted:N0} mutations/s, events received {receivedTotal}/{expected} " +
        $"({receivedTotal / delivered:N0} events/s until the last), sessions with exactly one event per mutation {exact}/{sessions.Count}");
    foreach (var ws in sockets) await ws.DisposeAsync();

    // Fan-out: an author watches the exam from 1,000 websockets.
    var (authorEmail, _) = await Register(a, "author@measure.example");
    var output = new StringWriter();
    var error = new StringWriter();
    if (await RolesCommand.RunAsync(["roles", authorEmail, "AUTHOR", "--Data:Path=" + data, "--Jwt:SigningKey=" + Api.SigningKey, "--Seed:Path=" + Path.Combine(root, "seed"),
            "--GraphQL:SchemaPath=" + Path.Combine(root, "schema.graphql"), "--Logging:LogLevel:Default=Warning"], output, error) != 0)
        throw new InvalidOperationException(error.ToString());
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    var login = await Gql(a, "mutation($e: String!) { login(input: { email: $e, password: \"measure password 1234\" }) { accessToken } }", new JsonObject { ["e"] = authorEmail }, null);
    var authorToken = login["login"]!["accessToken"]!.GetValue<string>();
    var watchers = new List<Watcher>();
    for (var i = 0; i < options.Subscribers; i++)
    {
        var w = new Watcher(i % apis.Length);
        var ws = await WsClient.ConnectAsync(apis[w.Instance].WsUri, authorToken);
        ws.OnNext = (_, payload, at) => w.Received(payload, at);
        await ws.SubscribeAsync("a", "subscription($e: ID!) { examActivity(examId: $e) { recent { answers } } }", new JsonObject { ["e"] = examId });
        w.Socket = ws;
        watchers.Add(w);
    }
    // Live when every watcher has seen an answer made after it subscribed.
    var driver = sessions[0];
    for (var attempt = 0; attempt < 100 && watchers.Any(w => w.Total < 0); attempt++)
    {
        await Answer(a, driver);
        await Task.Delay(200);
    }
    if (watchers.Any(w => w.Total < 0)) throw new InvalidOperationException("some examActivity subscriptions never delivered");
    await Task.Delay(500);
    var perReceipt = new List<double>[apis.Length];
    for (var i = 0; i < apis.Length; i++) perReceipt[i] = [];
    var toLast = new List<double>();
    var fanEvents = Math.Max(20, options.Events / 5);
    for (var n = -10; n < fanEvents; n++)
    {
        var target = watchers.Max(w => w.Total) + 1;
        var waits = watchers.Select(w => w.WaitForTotal(target)).ToArray();
        var t0 = Stopwatch.GetTimestamp();
        await Answer(a, sessions[random.Next(sessions.Count)]);
        var times = await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(60));
        if (n < 0) continue;
        for (var i = 0; i < times.Length; i++) perReceipt[watchers[i].Instance].Add(Stopwatch.GetElapsedTime(t0, times[i]).TotalMicroseconds);
        toLast.Add(Stopwatch.GetElapsedTime(t0, times.Max()).TotalMicroseconds);
    }
    for (var i = 0; i < apis.Length; i++) Report($"{setup} fan-out: mutation on A -> each subscriber on {apis[i].Name}", [.. perReceipt[i]]);
    Report($"{setup} fan-out: mutation on A -> the last of {watchers.Count} subscribers", [.. toLast]);
    foreach (var w in watchers) await w.Socket!.DisposeAsync();
}

async Task<(string Email, string Token)> Register(Api api, string email)
{
    var data = await Gql(api, "mutation($e: String!) { register(input: { email: $e, password: \"measure password 1234\", displayName: \"Measure\" }) { accessToken errors { code message } } }",
        new JsonObject { ["e"] = email }, null);
    var token = data["register"]!["accessToken"];
    if (token is null) throw new InvalidOperationException("register failed: " + data.ToJsonString());
    return (email, token.GetValue<string>());
}

async Task Answer(Api api, SessionState s)
{
    s.MarkSent();
    var data = await Gql(api, "mutation($s: ID!, $q: ID!, $c: [ID!]!) { submitAnswer(input: {sessionId: $s, questionId: $q, choiceIds: $c}) { nextQuestion { id choices { id } } } }",
        new JsonObject { ["s"] = s.Id, ["q"] = s.QuestionId, ["c"] = new JsonArray(s.ChoiceId) }, s.Token);
    var next = data["submitAnswer"]!["nextQuestion"] ?? throw new InvalidOperationException($"session {s.Id} completed; plan more questions");
    s.QuestionId = next["id"]!.GetValue<string>();
    s.ChoiceId = next["choices"]![0]!["id"]!.GetValue<string>();
}

static async Task<JsonNode> Gql(Api api, string query, JsonObject variables, string? token)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
    };
    request.Headers.Accept.ParseAdd("application/graphql-response+json");
    if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await api.Http.SendAsync(request);
    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    if (body["errors"] is { } errors) throw new InvalidOperationException($"{api.Name}: {errors.ToJsonString()}");
    return body["data"]!;
}

async Task<Api> StartApi(string name, string data, string? redis)
{
    var port = FreePort();
    var self = Environment.ProcessPath!;
    var psi = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
    foreach (var arg in new[]
    {
        "serve", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Data:Path=" + data, "--Jwt:SigningKey=" + Api.SigningKey, "--Jwt:AccessTokenMinutes=240",
        "--Seed:Path=" + Path.Combine(root, "seed"), "--GraphQL:SchemaPath=" + Path.Combine(root, "schema.graphql"),
        "--RateLimits:Login:PermitsPerMinute=0", "--RateLimits:Register:PermitsPerMinute=0", "--RateLimits:PasswordReset:PermitsPerMinute=0",
        "--Logging:LogLevel:Default=Warning",
    }) psi.ArgumentList.Add(arg);
    if (redis is not null) psi.ArgumentList.Add("--Redis:ConnectionString=" + redis);
    var process = Process.Start(psi)!;
    processes.Add(process);
    var log = new StringBuilder();
    process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
    process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    var api = new Api(name, new Uri($"http://127.0.0.1:{port}"), process);
    for (var i = 0; i < 600; i++)
    {
        if (process.HasExited) break;
        try
        {
            var ready = await api.Http.GetStringAsync("/health/ready");
            if (redis is null || ready.Contains("Redis event bus connected", StringComparison.Ordinal)) return api;
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(100);
    }
    lock (log) throw new InvalidOperationException($"API {name} did not become ready:\n{log}");
}

static void Stop(Api api)
{
    api.Process.StandardInput.Close();
    if (!api.Process.WaitForExit(10_000)) api.Process.Kill(entireProcessTree: true);
}

static async Task<int> Serve(string[] args)
{
    var port = args[1];
    await using var app = await StudyGraphApp.BuildAsync(["--environment", "Production", .. args[2..]], b => b.WebHost.UseUrls($"http://127.0.0.1:{port}"));
    // The measuring process holds our stdin: when it ends (or dies), stop.
    _ = Task.Run(async () => { await Console.In.ReadToEndAsync(); await app.StopAsync(); });
    await app.RunAsync();
    return 0;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "StudyGraph.slnx"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the repository (StudyGraph.slnx not found)");
}

static int FreePort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

static async Task WaitForPort(int port)
{
    for (var i = 0; i < 200; i++)
    {
        try
        {
            using var c = new TcpClient();
            await c.ConnectAsync(IPAddress.Loopback, port);
            return;
        }
        catch (SocketException)
        {
            await Task.Delay(50);
        }
    }
    throw new InvalidOperationException("redis-server did not start");
}

static string RedisInfo(int port)
{
    using var c = new TcpClient();
    c.Connect(IPAddress.Loopback, port);
    var stream = c.GetStream();
    stream.Write("INFO stats\r\n"u8);
    Thread.Sleep(200);
    var buffer = new byte[16384];
    var n = stream.Read(buffer);
    var text = Encoding.ASCII.GetString(buffer, 0, n);
    return string.Join(", ", text.Split("\r\n").Where(l => l.StartsWith("total_commands_processed", StringComparison.Ordinal) || l.StartsWith("pubsub_channels", StringComparison.Ordinal) || l.StartsWith("instantaneous_ops", StringComparison.Ordinal)));
}

static void Report(string what, double[] microseconds)
{
    if (microseconds.Length == 0) return;
    Array.Sort(microseconds);
    double P(double q) => microseconds[(int)Math.Min(microseconds.Length - 1, Math.Round(q * (microseconds.Length - 1)))];
    Console.WriteLine($"{what}: p50 {P(0.50) / 1000:N2} ms, p99 {P(0.99) / 1000:N2} ms, max {microseconds[^1] / 1000:N2} ms ({microseconds.Length:N0} samples)");
}

sealed record Api(string Name, Uri Address, Process Process)
{
    public const string SigningKey = "measure-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = Address };
    public Uri WsUri => new($"ws://{Address.Authority}/graphql");
}

sealed record Options(int Subscribers, int Events, int Seconds, int Concurrency)
{
    public static Options Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        }
        return new Options(Get("subscribers", 1000), Get("events", 500), Get("seconds", 10), Get("concurrency", 8));
    }
}

/// <summary>One session: its subscriber's received events (counted, with the time of each), and what was answered.</summary>
sealed class SessionState(string id, string token, int instance)
{
    private readonly Lock _gate = new();
    private int _count;
    private int _sent;
    private (int Count, TaskCompletionSource<long> Done)? _waiter;

    public string Id => id;
    public string Token => token;
    public int Instance => instance;
    public string QuestionId { get; set; } = "";
    public string ChoiceId { get; set; } = "";
    public int Count { get { lock (_gate) return _count; } }
    public int Sent => Volatile.Read(ref _sent);

    public void MarkSent() => Interlocked.Increment(ref _sent);

    public void ResetCounts()
    {
        lock (_gate) { _count = 0; _sent = 0; }
    }

    public void Received(JsonElement payload, long at)
    {
        _ = payload;
        TaskCompletionSource<long>? done = null;
        lock (_gate)
        {
            _count++;
            if (_waiter is { } w && _count >= w.Count) { done = w.Done; _waiter = null; }
        }
        done?.TrySetResult(at);
    }

    public Task<long> WaitForCount(int count)
    {
        var tcs = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _waiter = (count, tcs);
        return tcs.Task;
    }
}

/// <summary>One examActivity subscriber: the answer total of the last message (-1 before the first answer seen).</summary>
sealed class Watcher(int instance)
{
    private readonly Lock _gate = new();
    private int _total = -1;
    private int _first = -1;
    private (int Total, TaskCompletionSource<long> Done)? _waiter;

    public int Instance => instance;
    public WsClient? Socket { get; set; }
    public int Total { get { lock (_gate) return _first < 0 || _total == _first ? -1 : _total; } }

    public void Received(JsonElement payload, long at)
    {
        var total = 0;
        foreach (var point in payload.GetProperty("examActivity").GetProperty("recent").EnumerateArray()) total += point.GetProperty("answers").GetInt32();
        TaskCompletionSource<long>? done = null;
        lock (_gate)
        {
            if (_first < 0) _first = total;
            _total = Math.Max(_total, total);
            if (_waiter is { } w && _total >= w.Total) { done = w.Done; _waiter = null; }
        }
        done?.TrySetResult(at);
    }

    public Task<long> WaitForTotal(int total)
    {
        var tcs = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _waiter = (total, tcs);
        return tcs.Task;
    }
}

/// <summary>A minimal graphql-transport-ws client: connection_init with the bearer token, subscribe, `next` callbacks with the receive time.</summary>
sealed class WsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _ack = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    public Action<string, JsonElement, long>? OnNext { get; set; }

    public static async Task<WsClient> ConnectAsync(Uri uri, string token)
    {
        var client = new WsClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._loop = Task.Run(client.ReceiveLoop);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + token } });
        await client._ack.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return client;
    }

    public Task SubscribeAsync(string id, string query, JsonObject variables) =>
        SendAsync(new JsonObject { ["id"] = id, ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables } });

    private async Task SendAsync(JsonObject message)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _send.WaitAsync();
        try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { _send.Release(); }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var at = Stopwatch.GetTimestamp();
                using var doc = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
                var type = doc.RootElement.GetProperty("type").GetString();
                if (type == "connection_ack") _ack.TrySetResult();
                else if (type == "ping") await SendAsync(new JsonObject { ["type"] = "pong" });
                else if (type == "next")
                {
                    var payload = doc.RootElement.GetProperty("payload");
                    if (payload.TryGetProperty("errors", out var errors)) Console.Error.WriteLine("subscription error: " + errors);
                    else OnNext?.Invoke(doc.RootElement.GetProperty("id").GetString()!, payload.GetProperty("data"), at);
                }
                else if (type == "error") Console.Error.WriteLine("subscription error: " + doc.RootElement);
            }
        }
        catch (WebSocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is WebSocketException or TimeoutException or InvalidOperationException) { }
        await _loop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _socket.Dispose();
    }
}
