using Microsoft.AspNetCore.Hosting;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>The app with its clock stopped and a hall of 30 windows: the shipped four plus 26 more serving 综合受理 (A).</summary>
public class QueueAppFactory : FixedClockAppFactory
{
    public const int Windows = 30;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        for (var index = 4; index < Windows; index++)
        {
            builder.UseSetting($"Queue:Windows:{index}:Number", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting($"Queue:Windows:{index}:Categories:0", "A");
        }
    }
}
