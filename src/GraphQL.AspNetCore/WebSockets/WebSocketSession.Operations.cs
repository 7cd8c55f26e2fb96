using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

internal abstract partial class WebSocketSession
{
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];

    /// <summary>The outcome of <see cref="TryRegister"/>.</summary>
    protected enum Registration
    {
        Registered,
        Duplicate,
        TooMany,
    }

    /// <summary>Reserves <paramref name="id"/> for a new operation, within the per-connection limit.</summary>
    protected Registration TryRegister(string id, out Operation operation)
    {
        operation = null!;
        lock (_operations)
        {
            if (_operations.ContainsKey(id)) return Registration.Duplicate;
            if (_operations.Count >= Options.MaxSubscriptionsPerConnection) return Registration.TooMany;
            operation = new Operation(id, CancellationTokenSource.CreateLinkedTokenSource(_connection.Token));
            _operations.Add(id, operation);
            return Registration.Registered;
        }
    }

    /// <summary>Cancels the running operation <paramref name="id"/> (client <c>complete</c> / <c>stop</c>); false when none runs.</summary>
    protected bool TryCancel(string id)
    {
        lock (_operations)
        {
            if (!_operations.Remove(id, out var operation)) return false;
            operation.Cancellation.Cancel();
            return true;
        }
    }

    /// <summary>Releases a registered operation that never started (request errors).</summary>
    protected void Release(Operation operation)
    {
        Unregister(operation);
        operation.Cancellation.Dispose();
    }

    /// <summary>Runs a prepared operation in the background: each result through <see cref="SendResultAsync"/>, then <see cref="SendCompleteAsync"/>.</summary>
    protected void Start(Operation operation, PreparedOperation prepared, OperationPayload payload)
    {
        var task = RunOperationAsync(operation, prepared, payload);
        lock (_operations)
        {
            _running.RemoveAll(static t => t.IsCompleted);
            _running.Add(task);
        }
    }

    /// <summary>Sends one result of operation <paramref name="operation"/> (<c>next</c> or legacy <c>data</c>).</summary>
    protected abstract ValueTask SendResultAsync(Operation operation, ExecutionResult result);

    /// <summary>Tells the client the operation finished (<c>complete</c>).</summary>
    protected abstract ValueTask SendCompleteAsync(Operation operation);

    /// <summary>Tells the client the operation failed inside the server.</summary>
    protected abstract ValueTask SendInternalErrorAsync(Operation operation);

    private async Task RunOperationAsync(Operation operation, PreparedOperation prepared, OperationPayload payload)
    {
        await Task.Yield();
        var ct = operation.Cancellation.Token;
        var finished = false;
        var failed = false;
        try
        {
            var userContext = UserContexts.Create(ConnectionUserContext, Http, payload.Extensions);
            if (prepared.OperationType == OperationType.Subscription)
            {
                var stream = Executor.SubscribeAsync(prepared, payload.VariableMap(), null, userContext, Http.RequestServices, ct);
                await foreach (var result in stream.WithCancellation(ct).ConfigureAwait(false))
                {
                    if (ct.IsCancellationRequested) break;
                    await SendResultAsync(operation, result).ConfigureAwait(false);
                }
            }
            else
            {
                var result = await Executor.ExecuteAsync(prepared, payload.Variables, null, userContext, Http.RequestServices, ct).ConfigureAwait(false);
                if (!ct.IsCancellationRequested) await SendResultAsync(operation, result).ConfigureAwait(false);
            }
            finished = !ct.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not WebSocketException)
        {
            failed = !ct.IsCancellationRequested;
            if (failed) Logger.LogError(e, "GraphQL operation {OperationId} failed on a WebSocket connection", operation.Id);
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            // Free the id before telling the client, so it may reuse the id as soon as it reads "complete".
            Release(operation);
        }
        if (finished) await SendCompleteAsync(operation).ConfigureAwait(false);
        else if (failed) await SendInternalErrorAsync(operation).ConfigureAwait(false);
    }

    private void Unregister(Operation operation)
    {
        lock (_operations)
        {
            if (_operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation)) _operations.Remove(operation.Id);
        }
    }

    private async Task WhenOperationsEndAsync()
    {
        Task[] running;
        Operation[] operations;
        lock (_operations)
        {
            operations = [.. _operations.Values];
            running = [.. _running];
        }
        foreach (var operation in operations)
        {
            try
            {
                operation.Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile.
            }
        }
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each operation reports its own failure; the connection is over either way.
        }
    }

    /// <summary>A running operation: its id and cancellation.</summary>
    protected sealed record Operation(string Id, CancellationTokenSource Cancellation);
}
