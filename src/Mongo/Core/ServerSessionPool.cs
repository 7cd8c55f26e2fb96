namespace StudyGraph.Mongo.Core;

/// <summary>Reuses server sessions, most recently used first, dropping ones close to the server's timeout.</summary>
internal sealed class ServerSessionPool(TimeProvider time)
{
    private readonly Stack<ServerSession> _idle = new();
    private readonly List<ServerSession> _all = [];
    private readonly Lock _gate = new();

    public ServerSession Acquire(int timeoutMinutes)
    {
        lock (_gate)
        {
            while (_idle.Count > 0)
            {
                var s = _idle.Pop();
                if (time.GetElapsedTime(s.LastUsed) < TimeSpan.FromMinutes(Math.Max(1, timeoutMinutes - 1))) return s;
            }
            var fresh = new ServerSession();
            _all.Add(fresh);
            return fresh;
        }
    }

    public void Release(ServerSession session)
    {
        session.LastUsed = time.GetTimestamp();
        lock (_gate) _idle.Push(session);
    }

    public IReadOnlyList<ServerSession> All
    {
        get
        {
            lock (_gate) return [.. _all];
        }
    }
}
