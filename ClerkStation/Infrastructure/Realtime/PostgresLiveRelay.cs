using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace ClerkStation.Infrastructure.Realtime;

/// <summary>
/// Live updates across nodes through PostgreSQL's LISTEN/NOTIFY. Sending: <c>pg_notify</c> on a pooled connection after
/// the save. Receiving: one dedicated connection LISTENs; when it drops, it reconnects (1 s, doubling to 10 s) and then
/// resynchronizes: the calendar is re-read and every open screen reloads, since changes sent meanwhile are lost. A
/// calendar change from another node re-reads the calendar here before screens hear of it.
/// </summary>
public sealed class PostgresLiveRelay(
    DatabaseSettings settings, LiveUpdates live, NodeIdentity node, Calendar.CalendarService calendars, CenterDirectory centers, ILogger<PostgresLiveRelay> logger)
    : BackgroundService, ILiveRelay
{
    public const string Channel = "clerkstation_live";

    private readonly NpgsqlDataSource _sender = NpgsqlDataSource.Create(settings.Production);
    private readonly Channel<LiveChange> _received = System.Threading.Channels.Channel.CreateUnbounded<LiveChange>();

    /// <summary>Times the listening connection was (re)opened: 1 after start, more after drops.</summary>
    public int Connections { get; private set; }

    public async Task SendAsync(LiveChange change)
    {
        var payload = JsonSerializer.Serialize(new Message(node.Id, change.Topic, change.CaseNumber));
        try
        {
            await using var command = _sender.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = Channel });
            command.Parameters.Add(new NpgsqlParameter { Value = payload });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or ObjectDisposedException)
        {
            // The save has happened (or the node is stopping); the other nodes resynchronize when their listener reconnects.
            logger.LogWarning(ex, "Live update {Topic} not sent to the other nodes", change.Topic);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        live.AttachRelay(this);
        var delivering = DeliverAsync(stoppingToken);
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => delay = TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Live-update listener lost its connection ({Message}); reconnecting in {Delay}", ex.Message, delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }

        _received.Writer.TryComplete();
        await delivering;
    }

    private async Task ListenAsync(Action connected, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.Production) { Pooling = false, KeepAlive = 15, ApplicationName = "ClerkStation live" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, e) =>
        {
            if (JsonSerializer.Deserialize<Message>(e.Payload) is { } message && message.Node != node.Id)
            {
                _received.Writer.TryWrite(new LiveChange(message.Topic, message.Case));
            }
        };
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        Connections++;
        connected();
        if (Connections > 1)
        {
            await calendars.ReloadAsync(announce: false, ct);
            await centers.ReloadAsync(ct);
            await live.ResynchronizeAsync();
        }

        while (true)
        {
            await connection.WaitAsync(ct);
        }
    }

    private async Task DeliverAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var change in _received.Reader.ReadAllAsync(ct))
            {
                if (change.Topic == LiveUpdates.CalendarTopic)
                {
                    await calendars.ReloadAsync(announce: false, ct);
                }
                else if (change.Topic == LiveUpdates.CentersTopic)
                {
                    await centers.ReloadAsync(ct);
                }

                await live.DeliverAsync(change);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        _sender.Dispose();
        base.Dispose();
    }

    private sealed record Message(Guid Node, string Topic, string? Case);
}
