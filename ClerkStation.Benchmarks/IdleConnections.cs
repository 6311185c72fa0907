using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The circuit server's TCP connections, and which of them carry a circuit's WebSocket. A browser context opens several
/// connections to load a page's static files, which Kestrel keeps for its keep-alive (130 s) after the page has loaded:
/// they cost the server ~8 KB each whether or not a circuit is live. <see cref="CloseIdle"/> aborts every connection
/// that is not a WebSocket, so a second heap figure holds the circuits and nothing of the tabs' spare connections.
/// </summary>
public sealed class IdleConnections
{
    private readonly ConcurrentDictionary<string, ConnectionContext> _open = new();
    private readonly ConcurrentDictionary<string, bool> _webSockets = new();

    /// <summary>Kestrel connection middleware: every connection, for as long as it is open.</summary>
    public ConnectionDelegate Track(ConnectionDelegate next) => async connection =>
    {
        _open[connection.ConnectionId] = connection;
        try
        {
            await next(connection);
        }
        finally
        {
            _open.TryRemove(connection.ConnectionId, out _);
            _webSockets.TryRemove(connection.ConnectionId, out _);
        }
    };

    /// <summary>HTTP middleware: a request that upgrades to a WebSocket marks its connection (Kestrel's connection id).</summary>
    public Task MarkWebSockets(HttpContext context, RequestDelegate next)
    {
        // The upgrade header, not context.WebSockets: the WebSockets feature is added later, by SignalR's own pipeline.
        if (string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase))
        {
            _webSockets[context.Connection.Id] = true;
        }
        return next(context);
    }

    /// <summary>Aborts the connections that carry no WebSocket; answers how many it closed and how many stay open.</summary>
    public string CloseIdle()
    {
        var closed = 0;
        foreach (var (id, connection) in _open)
        {
            if (!_webSockets.ContainsKey(id))
            {
                connection.Abort(new ConnectionAbortedException("benchmark: idle keep-alive connection closed"));
                closed++;
            }
        }
        return $"{closed} {_open.Count - closed}";
    }
}
