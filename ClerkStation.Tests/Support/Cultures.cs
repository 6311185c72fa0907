using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClerkStation.Tests.Support;

/// <summary>The app's resources outside the app, and running code in one UI culture.</summary>
public static class Cultures
{
    public static readonly IStringLocalizer Resources = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    public static T In<T>(string culture, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
