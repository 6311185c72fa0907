using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Licences;

/// <summary>电子证照 as a certificate: the licence a case used instead of paper, printable.</summary>
public partial class LicenceCertificatePage
{
    private LicenceCertificate? _certificate;
    private bool _loaded;

    [Parameter] public string CaseNumber { get; set; } = string.Empty;

    [Parameter] public Guid LicenceId { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _certificate = await Mediator.Send(new GetLicenceCertificate(CaseNumber, LicenceId));
        _loaded = true;
    }

    private async Task PrintAsync() => await Js.InvokeVoidAsync("print");
}
