using System.Diagnostics;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// A trained clerk's hands on the keyboard: every key press is counted (a chord such as Ctrl+K is one), and each action
/// that waits for the server is timed from the key to the screen showing its result.
/// </summary>
internal sealed class KeyboardClerk(IPage page)
{
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

    public Task<string> FocusedAsync() =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? (e.id || e.tagName) + '|' + (e.closest('[data-intake-form]') ? 'form' : '') : ''; }");

    public string Report(string scenario) =>
        $"{scenario}: {Keystrokes} keystrokes; " + string.Join("; ", Timings.Select(t => $"{t.Action} {t.Milliseconds:0} ms"));
}
