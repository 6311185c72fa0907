using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Domain.Statistics;

/// <summary>
/// Accepted cases per channel (渠道) and the online share (网办率): cases that came online, through a village agent or a
/// kiosk, over all accepted cases. Every channel is present, with zero when none came through it.
/// </summary>
public sealed record ChannelFigures(IReadOnlyDictionary<Channel, int> ByChannel)
{
    // Declared before Empty: static initializers run in order.
    public static IReadOnlyList<Channel> All { get; } = Enum.GetValues<Channel>();

    public static ChannelFigures Empty { get; } = Of([]);

    public int Total => ByChannel.Values.Sum();

    /// <summary>Online, agent and kiosk: every channel but the counter.</summary>
    public int Remote => ByChannel.Where(p => p.Key != Channel.Counter).Sum(p => p.Value);

    public double OnlineShare => Figures.Percent(Remote, Total);

    public int this[Channel channel] => ByChannel.GetValueOrDefault(channel);

    public static ChannelFigures Of(IEnumerable<KeyValuePair<Channel, int>> counts)
    {
        var given = counts.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return new ChannelFigures(All.ToDictionary(c => c, c => given.GetValueOrDefault(c)));
    }
}
