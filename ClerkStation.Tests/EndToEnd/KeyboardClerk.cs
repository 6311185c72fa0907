using System.Diagnostics;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// A trained clerk's hands on the keyboard: every key press is counted (a chord such as Ctrl+K is one), and each action
/// that waits for the server is timed from the key to the screen showing its result.
/// </summary>
internal sealed class KeyboardClerk(IPage page)
{
    /// <summary>
    /// The goal is 300 ms on a quiet machine (docs/performance/counter.md, measured there with the load beside each figure).
    /// The suite runs beside other tests on 2 cores, so a round trip may take 1.5 s on an idle machine, more in proportion
    /// to the load average per core (a round trip waits for a core like everything else), at most 6 s.
    /// </summary>
    private const double MaxRoundTripMilliseconds = 1500;

    public int Keystrokes { get; private set; }

    public List<(string Action, double Milliseconds)> Timings { get; } = [];

    public async Task PressAsync(string key, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Keystrokes++;
            await page.Keyboard.PressAsync(key);
        }
    }

    public async Task TypeAsync(string text)
    {
        Keystrokes += text.Length;
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>
    /// Runs the keys of one action; the last key's round trip (key down to the screen showing the result, which needs the
    /// server: a search, a value set, a case saved) is what is timed.
    /// </summary>
    public async Task TimedAsync(string action, Func<Task> keys, string lastKey, Func<Task> shown)
    {
        await keys();
        var watch = Stopwatch.StartNew();
        await PressAsync(lastKey);
        await shown();
        Timings.Add((action, watch.Elapsed.TotalMilliseconds));
    }

    /// <summary>Tab (or Shift+Tab) until <paramref name="target"/> has focus, each press counted; fails after <paramref name="limit"/>.</summary>
    public async Task TabToAsync(ILocator target, int limit = 40, bool backwards = false)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)"))
            {
                return;
            }

            await PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        throw new InvalidOperationException($"{limit} Tab presses did not reach the target; focus is on {await FocusedAsync()}");
    }

    public Task<string> FocusedAsync() =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? (e.id || e.tagName) + '|' + (e.closest('[data-intake-form]') ? 'form' : '') : ''; }");

    public string Report(string scenario) =>
        $"{scenario}: {Keystrokes} keystrokes; " + string.Join("; ", Timings.Select(t => $"{t.Action} {t.Milliseconds:0} ms"))
        + $"; bound {RoundTripBound:0} ms ({LoadFactor.Describe()})";

    /// <summary>Fails with the report when any timed round trip took longer than the bound for the machine's load now.</summary>
    public void AssertRoundTripsWithinBound(string report)
    {
        var bound = RoundTripBound;
        Assert.All(Timings, t => Assert.True(t.Milliseconds <= bound, report));
    }

    private static double RoundTripBound => MaxRoundTripMilliseconds * LoadFactor.Now();
}
