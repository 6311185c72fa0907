using System.Diagnostics;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Components.Pages;

public partial class Error
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string? RequestId => Activity.Current?.Id ?? HttpContext?.TraceIdentifier;
}
